package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.ArticleInserts;
import news.broadsheet.audit.AuditTrail;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.site.Assets;
import news.broadsheet.site.ContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators set each edition's amounts, limits and where the appeal stands in articles, previewing
 * the appeal first. The appeal's words are the edition's own (the editions page). Every article page shows
 * the appeal, so a change drops every cached page.
 */
@Controller
class SupportSettingsController {

    private final NewsroomScreens screens;
    private final JdbcSupportSettings settings;
    private final Editions editions;
    private final AppealInserts appeal;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Assets assets;

    SupportSettingsController(NewsroomScreens screens, JdbcSupportSettings settings, Editions editions,
                              AppealInserts appeal, AuditTrail audit, TransactionTemplate transactions,
                              ApplicationEventPublisher events, Assets assets) {
        this.screens = screens;
        this.settings = settings;
        this.editions = editions;
        this.appeal = appeal;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.assets = assets;
    }

    @GetMapping("/newsroom/support/{code:[a-z]{2}}")
    ResponseEntity<byte[]> form(@PathVariable String code, HttpServletRequest request) {
        Edition edition = edition(code);
        SupportSettings current = settings.of(code);
        SupportSettingsForm form = new SupportSettingsForm(
                String.join(", ", current.presets().stream().map(amount -> major(amount, edition)).toList()),
                major(current.minimum(), edition), major(current.maximum(), edition),
                Integer.toString(current.appealAfterParagraph()));
        return page(request, HttpStatus.OK, edition, form, Map.of(), current, request.getParameter("changed") != null);
    }

    @PostMapping("/newsroom/support/{code:[a-z]{2}}")
    ResponseEntity<byte[]> change(@PathVariable String code,
                                  @RequestParam(defaultValue = "") String presets,
                                  @RequestParam(defaultValue = "") String minimum,
                                  @RequestParam(defaultValue = "") String maximum,
                                  @RequestParam(defaultValue = "") String afterParagraph,
                                  @RequestParam(defaultValue = "save") String action,
                                  HttpServletRequest request) {
        Edition edition = edition(code);
        SupportSettingsForm form = new SupportSettingsForm(presets, minimum, maximum, afterParagraph);
        Map<String, String> problems = new LinkedHashMap<>();
        SupportSettings checked = check(edition, form, problems);
        if (!problems.isEmpty()) {
            return page(request, HttpStatus.BAD_REQUEST, edition, form, problems, null, false);
        }
        if (action.equals("preview")) {
            return page(request, HttpStatus.OK, edition, form, problems, checked, false);
        }
        transactions.executeWithoutResult(status -> {
            settings.store(checked);
            audit.record(screens.signedInAuditName(), "changed support settings", "edition", code,
                    "amounts " + form.presets() + "; limits " + form.minimum() + " to " + form.maximum()
                            + "; appeal after paragraph " + checked.appealAfterParagraph());
        });
        events.publishEvent(new ContentChanged("support-settings"));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, "/newsroom/support/" + code + "?changed").build();
    }

    private SupportSettings check(Edition edition, SupportSettingsForm form, Map<String, String> problems) {
        long ceiling = SupportSettings.CEILING;
        Amounts.Parsed minimum = Amounts.parse(form.minimum(), edition.currency(), edition.locale(), 1, ceiling);
        if (!minimum.ok()) {
            problems.put("minimum", "Smallest amount: " + minimum.problem());
        }
        Amounts.Parsed maximum = Amounts.parse(form.maximum(), edition.currency(), edition.locale(), 1, ceiling);
        if (!maximum.ok()) {
            problems.put("maximum", "Largest amount: " + maximum.problem());
        }
        if (minimum.ok() && maximum.ok() && minimum.minorUnits() > maximum.minorUnits()) {
            problems.put("maximum", "The largest amount must be at least the smallest.");
        }
        List<Long> presets = new ArrayList<>();
        String[] typed = form.presets().strip().isEmpty() ? new String[0] : form.presets().strip().split("[,\\s]+");
        if (typed.length == 0 || typed.length > SupportSettings.MAX_PRESETS) {
            problems.put("presets", "Offer 1 to " + SupportSettings.MAX_PRESETS + " amounts, separated by commas.");
        } else if (minimum.ok() && maximum.ok()) {
            for (String amount : typed) {
                Amounts.Parsed parsed = Amounts.parse(amount, edition.currency(), edition.locale(),
                        minimum.minorUnits(), maximum.minorUnits());
                if (!parsed.ok()) {
                    problems.put("presets", "The amount “" + amount + "”: " + parsed.problem());
                    break;
                }
                if (!presets.contains(parsed.minorUnits())) {
                    presets.add(parsed.minorUnits());
                }
            }
        }
        int after = -1;
        if (form.afterParagraph().strip().matches("\\d{1,2}")) {
            after = Integer.parseInt(form.afterParagraph().strip());
        }
        if (after < 0 || after > SupportSettings.MAX_AFTER_PARAGRAPH) {
            problems.put("afterParagraph", "Enter a paragraph number from 0 (before the article's first paragraph) to "
                    + SupportSettings.MAX_AFTER_PARAGRAPH + ".");
        }
        return problems.isEmpty() ? new SupportSettings(edition.code(), List.copyOf(presets), minimum.minorUnits(),
                maximum.minorUnits(), after) : null;
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Edition edition, SupportSettingsForm form,
                                        Map<String, String> problems, SupportSettings preview, boolean changed) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("edition", edition);
        model.put("editions", editions.all());
        model.put("form", form);
        model.put("problems", problems);
        model.put("changed", changed);
        model.put("styleHref", assets.href("/assets/newsroom-support.css"));
        ArticleInserts.Placement placement = preview == null ? null : appeal.appeal(edition, preview, false);
        model.put("previewHtml", placement == null ? "" : placement.withinBody());
        model.put("previewAfter", preview == null ? 0 : preview.appealAfterParagraph());
        return screens.render(request, status, RevenueController.CURRENT, "support/newsroom-settings.jte", model);
    }

    private Edition edition(String code) {
        return editions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String major(long minor, Edition edition) {
        return java.math.BigDecimal.valueOf(minor, edition.currency().getDefaultFractionDigits()).toPlainString();
    }
}
