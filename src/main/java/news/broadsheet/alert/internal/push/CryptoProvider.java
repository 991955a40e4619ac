package news.broadsheet.alert.internal.push;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider for the per-message work of Web Push (a fresh P-256 key pair and an ECDH for every message):
 * Amazon Corretto Crypto Provider, native and many times faster than the JDK's own on this work, where its
 * native library loads; otherwise the JDK's providers, which work on every platform.
 */
public final class CryptoProvider {

    private static final Logger log = LoggerFactory.getLogger(CryptoProvider.class);
    private static final Provider FASTEST = loadCorretto();

    private CryptoProvider() {
    }

    /** The native provider, or {@code null} where only the JDK's providers work. */
    public static Provider fastest() {
        return FASTEST;
    }

    public static String describe(Provider provider) {
        return provider != null ? provider.getName() + " " + provider.getVersionStr() : "JDK providers";
    }

    private static Provider loadCorretto() {
        try {
            AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
            Throwable failure = provider.getLoadingError();
            if (failure == null) {
                return provider;
            }
            log.info("Amazon Corretto Crypto Provider cannot run here ({}); using the JDK's providers", failure.toString());
        } catch (LinkageError e) {
            log.info("Amazon Corretto Crypto Provider cannot load here ({}); using the JDK's providers", e.toString());
        }
        return null;
    }
}
