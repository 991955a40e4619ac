package news.broadsheet.mail.internal;

import java.util.List;
import java.util.Optional;
import news.broadsheet.site.Site;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Hands one message of the outbox to the SMTP server. Runs in a job, never in a request; a failure is
 * written on the message and thrown, so the job is retried later.
 */
@Component
class SmtpDelivery {

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtpServer;
    private final String from;

    SmtpDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtpServer, Site site,
                 @Value("${broadsheet.mail.from:}") String from) {
        this.jdbc = jdbc;
        this.smtpServer = smtpServer;
        this.from = StringUtils.hasText(from) ? from : "noreply@" + site.host();
    }

    boolean configured() {
        return smtpServer.getIfAvailable() != null;
    }

    /** Messages no job has tried a minute after they were written: their node stopped before scheduling one. */
    List<Long> stranded() {
        return jdbc.sql("""
                        select id from mail_outbox
                        where sent_at is null and attempts = 0 and created_at < now() - interval '1 minute'
                        order by created_at limit 1000""")
                .query(Long.class).list();
    }

    /** Outgoing mail is worth keeping for a month, for the operator to answer "I never got the e-mail". */
    void forgetOldMail() {
        jdbc.sql("delete from mail_outbox where created_at < now() - interval '30 days'").update();
    }

    void deliver(long id) {
        JavaMailSender sender = smtpServer.getIfAvailable();
        Optional<SimpleMailMessage> unsent = jdbc.sql("select recipient, subject, body from mail_outbox where id = :id and sent_at is null")
                .param("id", id)
                .query((row, number) -> {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(row.getString("recipient"));
                    message.setSubject(row.getString("subject"));
                    message.setText(row.getString("body"));
                    return message;
                }).optional();
        if (sender == null || unsent.isEmpty()) {
            return;
        }
        try {
            sender.send(unsent.get());
        } catch (MailException failed) {
            jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error where id = :id")
                    .param("id", id).param("error", String.valueOf(failed.getMessage())).update();
            throw failed;
        }
        jdbc.sql("update mail_outbox set attempts = attempts + 1, sent_at = now(), last_error = null where id = :id")
                .param("id", id).update();
    }
}
