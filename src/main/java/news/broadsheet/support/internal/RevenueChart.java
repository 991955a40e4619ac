package news.broadsheet.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An edition's payments as a bar chart drawn on the server in SVG: no script, nothing from elsewhere, and
 * each bar carries its figures as a title for screen readers and pointers.
 */
public record RevenueChart(int width, int height, List<Bar> bars, List<Label> labels) {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    private static final int AXIS = 24;

    public record Bar(int x, int y, int width, int height, String title) {
    }

    public record Label(int x, int y, String text) {
    }

    static RevenueChart of(RevenueReport.EditionFigures figures, java.util.function.LongFunction<String> money) {
        List<RevenueReport.Bucket> buckets = figures.buckets();
        long largest = Math.max(1, figures.largestBucket());
        int slot = Math.max(1, WIDTH / Math.max(1, buckets.size()));
        int drawable = HEIGHT - AXIS;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int every = Math.max(1, buckets.size() / 8);
        for (int i = 0; i < buckets.size(); i++) {
            RevenueReport.Bucket bucket = buckets.get(i);
            int barHeight = (int) Math.round((double) bucket.amount() * drawable / largest);
            int x = i * slot + 1;
            bars.add(new Bar(x, drawable - barHeight, Math.max(1, slot - 2), barHeight,
                    bucket.start() + ": " + money.apply(bucket.amount()) + " from " + bucket.payments()
                            + (bucket.payments() == 1 ? " payment" : " payments")));
            if (i % every == 0) {
                labels.add(new Label(x, HEIGHT - 6, String.format(Locale.ROOT, "%1$td %1$tb", bucket.start())));
            }
        }
        return new RevenueChart(WIDTH, HEIGHT, bars, labels);
    }
}
