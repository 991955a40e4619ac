package news.broadsheet.mail.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import news.broadsheet.mail.MailOutbox;
import news.broadsheet.mail.Mailer;
import news.broadsheet.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each message in {@code mail_outbox} and, when an SMTP server is configured, schedules its delivery
 * once the sending transaction has committed, so a message of a rolled-back change is never delivered.
 */
@Component
class JdbcMailOutbox implements Mailer, MailOutbox {

    static final int MAX_SUBJECT = 200;

    private final JdbcClient jdbc;
    private final SchedulerClient jobs;
    private final OneTimeTask<Void> deliveryTask;
    private final boolean smtp;

    JdbcMailOutbox(JdbcClient jdbc, SchedulerClient jobs, OneTimeTask<Void> sendMailTask,
                   ObjectProvider<JavaMailSender> smtpServer) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.deliveryTask = sendMailTask;
        this.smtp = smtpServer.getIfAvailable() != null;
    }

    @Override
    public void send(String to, String subject, String plainText) {
        if (to == null || to.isBlank() || to.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A message needs one recipient address on one line");
        }
        String oneLineSubject = subject.replaceAll("\\p{Cntrl}+", " ").strip();
        long id = jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:to, :subject, :body) returning id")
                .param("to", to.strip())
                .param("subject", oneLineSubject.length() > MAX_SUBJECT ? oneLineSubject.substring(0, MAX_SUBJECT) : oneLineSubject)
                .param("body", plainText)
                .query(Long.class).single();
        if (!smtp) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduleDelivery(id);
                }
            });
        } else {
            scheduleDelivery(id);
        }
    }

    /**
     * Asks a job to deliver the message now; does nothing if one is already due. If this node stops
     * before it gets here, {@link MailJobs}' sweep schedules the message later.
     */
    private void scheduleDelivery(long id) {
        jobs.scheduleIfNotExists(deliveryTask.instance(String.valueOf(id)), Instant.now());
    }

    @Override
    public List<OutgoingMail> recent(int limit) {
        return jdbc.sql("select * from mail_outbox order by id desc limit :limit")
                .param("limit", limit).query(JdbcMailOutbox::mail).list();
    }

    @Override
    public List<OutgoingMail> to(String address, int limit) {
        return jdbc.sql("select * from mail_outbox where lower(recipient) = lower(:address) order by id desc limit :limit")
                .param("address", address.strip()).param("limit", limit).query(JdbcMailOutbox::mail).list();
    }

    @Override
    public boolean deliversBySmtp() {
        return smtp;
    }

    private static OutgoingMail mail(ResultSet row, int number) throws SQLException {
        Timestamp sent = row.getTimestamp("sent_at");
        return new OutgoingMail(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
                row.getString("body"), row.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(), row.getInt("attempts"), row.getString("last_error"));
    }
}
