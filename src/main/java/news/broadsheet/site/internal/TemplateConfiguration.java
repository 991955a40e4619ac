package news.broadsheet.site.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Templates are compiled to classes by the jte Maven plugin at build time; nothing is compiled at run time. */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }
}
