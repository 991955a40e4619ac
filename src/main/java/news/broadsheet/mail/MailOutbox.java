package news.broadsheet.mail;

import java.util.List;

/** The messages the site has sent or is about to send, newest first. */
public interface MailOutbox {

    List<OutgoingMail> recent(int limit);

    /** The newest messages to this address (compared without regard to case). */
    List<OutgoingMail> to(String address, int limit);

    /** Whether messages are delivered over SMTP, rather than only kept for the operator to read. */
    boolean deliversBySmtp();
}
