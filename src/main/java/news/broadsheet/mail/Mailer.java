package news.broadsheet.mail;

/**
 * Sends plain-text e-mail. The message is kept in the outbox within the caller's transaction, so it goes
 * out only if that transaction commits, and it is delivered afterwards by a job: an SMTP server that is
 * down or slow never fails or delays the request that sent it, and never loses the message.
 */
public interface Mailer {

    void send(String to, String subject, String plainText);
}
