package news.broadsheet.site;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** URLs of the site's own static files with a hash of their content in the name, cacheable for a year. */
@Component
public class Assets {

    private final ResourceUrlProvider resources;

    Assets(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    public String href(String path) {
        String url = resources.getForLookupPath(path);
        return url != null ? url : path;
    }
}
