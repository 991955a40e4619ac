/**
 * Outgoing e-mail: every message goes into an outbox in PostgreSQL with the transaction that caused it; a
 * job delivers it over SMTP when {@code spring.mail.host} is set, and the newsroom's outbox page shows it to
 * the operator when no SMTP server is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package news.broadsheet.mail;
