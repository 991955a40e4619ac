package news.broadsheet.site;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The site's name and public address. Absolute URLs (canonical links, feeds, sitemaps) are built from the
 * configured address, never from the request's Host header, so a forged header cannot reach a cached page.
 */
@Component
public class Site {

    private final Properties properties;
    private final Environment environment;

    Site(Properties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String name() {
        return properties.name();
    }

    /** The public address without a trailing slash, e.g. {@code https://news.example.com}. */
    public String publicUrl() {
        if (StringUtils.hasText(properties.publicUrl())) {
            return properties.publicUrl().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    public String absolute(String path) {
        return publicUrl() + path;
    }

    public String host() {
        return URI.create(publicUrl()).getHost();
    }

    @ConfigurationProperties("broadsheet.site")
    record Properties(String name, String publicUrl) {

        Properties {
            name = StringUtils.hasText(name) ? name : "The Broadsheet";
        }
    }
}
