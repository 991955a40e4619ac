package news.broadsheet.support.internal;

import java.util.Optional;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.mail.Mailer;
import news.broadsheet.reader.Readers;
import news.broadsheet.site.Site;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the receipt in the same transaction that marks the contribution paid, so it goes out exactly when the
 * payment is recorded: to a guest with the link that adds the contribution to a reader account, to a
 * signed-in reader at their account's address with the page that lists their contributions.
 */
@Component
class ReceiptMailer {

    private final ContributionLedger ledger;
    private final Mailer mailer;
    private final Editions editions;
    private final Site site;
    private final Readers readers;

    ReceiptMailer(ContributionLedger ledger, Mailer mailer, Editions editions, Site site, Readers readers) {
        this.readers = readers;
        this.ledger = ledger;
        this.mailer = mailer;
        this.editions = editions;
        this.site = site;
    }

    @EventListener
    void paid(ContributionPaid paid) {
        Contribution contribution = ledger.byId(paid.contributionId()).orElseThrow();
        Optional<String> recipient = contribution.email() != null ? Optional.of(contribution.email())
                : contribution.readerId() == null ? Optional.empty() : readers.mailAddress(contribution.readerId());
        if (recipient.isEmpty()) {
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
        } else if (contribution.readerId() != null) {
            text.append("Your contributions are listed in your account")
                    .append(contribution.isMonthly() ? ", where you can stop monthly support whenever you like" : "")
                    .append(":\n").append(site.absolute("/account/support")).append("\n\n");
        }
        text.append("Every article stays free for everyone to read, thanks to readers like you.\n");
        mailer.send(recipient.get(), "Your contribution to " + site.name(), text.toString());
    }
}
