package news.broadsheet.alert.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import news.broadsheet.alert.internal.push.P256;
import news.broadsheet.alert.internal.push.VapidKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site's VAPID key pair, made on the first start and kept in the database: every node signs with the
 * same key, and browsers' subscriptions, which are bound to it, survive restarts and new nodes.
 */
@Configuration(proxyBeanMethods = false)
class AlertKeys {

    @Bean
    VapidKeys vapidKeys(JdbcClient jdbc, @Value("${broadsheet.alerts.contact}") String contact)
            throws GeneralSecurityException {
        KeyPair fresh = P256.generate(null);
        jdbc.sql("insert into vapid_key (id, public_key, private_key) values (1, :public, :private) on conflict (id) do nothing")
                .param("public", P256.encode((ECPublicKey) fresh.getPublic()))
                .param("private", P256.encode((ECPrivateKey) fresh.getPrivate()))
                .update();
        KeyPair stored = jdbc.sql("select public_key, private_key from vapid_key where id = 1")
                .query((rs, row) -> {
                    try {
                        return P256.keyPair(rs.getBytes("public_key"), rs.getBytes("private_key"));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("The stored VAPID key is unreadable", e);
                    }
                })
                .single();
        return new VapidKeys(stored, contact);
    }
}
