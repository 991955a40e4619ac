package news.broadsheet.mail;

import java.time.Instant;

/** A message in the outbox; {@code sentAt} is null until an SMTP server accepted it. */
public record OutgoingMail(long id, String to, String subject, String body, Instant createdAt, Instant sentAt,
                           int attempts, String lastError) {
}
