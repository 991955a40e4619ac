package news.broadsheet.support.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.Editions;
import news.broadsheet.newsroom.NewsroomScreens;
import news.broadsheet.site.Assets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The newsroom's reader-revenue page and its CSV export; editors and administrators only (NewsroomSecurityConfiguration). */
@Controller
class RevenueController {

    static final String CURRENT = "revenue";
    private static final int MAX_DAYS = 366;

    private final NewsroomScreens screens;
    private final RevenueReport report;
    private final Editions editions;
    private final Assets assets;

    RevenueController(NewsroomScreens screens, RevenueReport report, Editions editions, Assets assets) {
        this.screens = screens;
        this.report = report;
        this.editions = editions;
        this.assets = assets;
    }

    @GetMapping("/newsroom/revenue")
    ResponseEntity<byte[]> revenue(@RequestParam(defaultValue = "day") String by, HttpServletRequest request) {
        RevenueReport.Step step = by.equals("week") ? RevenueReport.Step.WEEK : RevenueReport.Step.DAY;
        int periods = step == RevenueReport.Step.DAY ? 30 : 12;
        List<EditionRevenue> figures = editions.all().stream().map(edition -> {
            String currency = edition.currency().getCurrencyCode();
            RevenueReport.EditionFigures edited = report.figures(edition.code(), currency, step, periods);
            java.util.function.LongFunction<String> money = amount -> Amounts.format(amount, edition.currency(),
                    edition.locale());
            return new EditionRevenue(edition, edited, RevenueChart.of(edited, money), money.apply(edited.total()),
                    money.apply(edited.average()));
        }).toList();
        return screens.render(request, HttpStatus.OK, CURRENT, "support/newsroom-revenue.jte", Map.of(
                "figures", figures, "byWeek", step == RevenueReport.Step.WEEK, "periods", periods,
                "styleHref", assets.href("/assets/newsroom-support.css")));
    }

    @GetMapping("/newsroom/revenue.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "90") int days) {
        int span = Math.clamp(days, 1, MAX_DAYS);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("created_at", "edition", "frequency", "amount",
                "currency", "status", "from_appeal", "message")));
        for (RevenueReport.Row row : report.contributions(span)) {
            java.util.Currency currency = java.util.Currency.getInstance(row.currency());
            csv.append(Csv.line(Arrays.asList(row.createdAt(), row.edition(), row.frequency(),
                    java.math.BigDecimal.valueOf(row.amount(), currency.getDefaultFractionDigits()).toPlainString(),
                    row.currency(), row.status(), Boolean.toString(row.fromAppeal()), row.message())));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contributions.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
