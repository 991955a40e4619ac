package news.broadsheet.support.internal;

import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.mail.Mailer;
import news.broadsheet.site.Site;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a guest their receipt, with the link that adds the contribution to a reader account, in the same
 * transaction that marks it paid: the receipt goes out exactly when the payment is recorded. A signed-in
 * reader's contributions are listed on their account page instead.
 */
@Component
class ReceiptMailer {

    private final ContributionLedger ledger;
    private final Mailer mailer;
    private final Editions editions;
    private final Site site;

    ReceiptMailer(ContributionLedger ledger, Mailer mailer, Editions editions, Site site) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.editions = editions;
        this.site = site;
    }

    @EventListener
    void paid(ContributionPaid paid) {
        Contribution contribution = ledger.byId(paid.contributionId()).orElseThrow();
        if (contribution.email() == null) {
            return;
        }
        Edition edition = editions.find(contribution.editionCode()).orElseGet(editions::defaultEdition);
        String amount = Amounts.format(contribution.amount(), edition.currency(), edition.locale());
        StringBuilder text = new StringBuilder()
                .append("Thank you for supporting ").append(site.name()).append(".\n\n")
                .append(contribution.isMonthly() ? "Monthly contribution: " : "Contribution: ").append(amount)
                .append(contribution.isMonthly() ? " a month" : "").append('\n')
                .append("Date: ").append(edition.formatTime(contribution.createdAt())).append('\n')
                .append("Reference: ").append(contribution.reference()).append("\n\n");
        if (contribution.claimToken() != null) {
            text.append("To see this contribution in your reader account")
                    .append(contribution.isMonthly() ? " and stop it there whenever you like" : "")
                    .append(", sign in or register, then open:\n")
                    .append(site.absolute("/support/claim/" + contribution.claimToken())).append("\n\n");
        }
        text.append("Every article stays free for everyone to read, thanks to readers like you.\n");
        mailer.send(contribution.email(), "Your contribution to " + site.name(), text.toString());
    }
}
