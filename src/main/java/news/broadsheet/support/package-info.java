/**
 * Reader support instead of a paywall: the appeal in articles, one-off and monthly contributions through a
 * payment provider (Stripe, or a test provider that takes no money), supporters' thanks and receipts, and
 * the newsroom's reader-revenue figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader support")
package news.broadsheet.support;
