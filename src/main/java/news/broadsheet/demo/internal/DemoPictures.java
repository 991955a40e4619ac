package news.broadsheet.demo.internal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Flat editorial illustrations for the demo articles. They are drawn in code so the demo ships
 * without third-party images, and they use no text so they render on headless servers without fonts.
 */
public final class DemoPictures {

    public static final List<String> SCENES = List.of(
            "summit", "coast", "parliament", "city-night", "wind-farm", "harbour", "flood", "mountains");

    // Every scene is drawn on this virtual canvas, which is then scaled to the requested size,
    // so a thumbnail and a full-width picture show exactly the same composition.
    private static final double W = 1600;
    private static final double H = 900;

    private DemoPictures() {
    }

    /** Draws the scene at the given size; deterministic (same input, same pixels). Throws IllegalArgumentException for an unknown scene. */
    public static BufferedImage draw(String scene, int width, int height) {
        if (!SCENES.contains(scene)) {
            throw new IllegalArgumentException("Unknown demo scene: " + scene);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(width / W, height / H);
            Random random = new Random(scene.hashCode());
            switch (scene) {
                case "summit" -> summit(g, random);
                case "coast" -> coast(g, random);
                case "parliament" -> parliament(g, random);
                case "city-night" -> cityNight(g, random);
                case "wind-farm" -> windFarm(g, random);
                case "harbour" -> harbour(g, random);
                case "flood" -> flood(g, random);
                default -> mountains(g, random);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---------------------------------------------------------------- scenes

    private static void summit(Graphics2D g, Random random) {
        double horizon = 560;
        fill(g, band(0, horizon), vertical(0, horizon, 0x1f2350, 0x553a6e, 0xb4506a, 0xec8a5a, 0xfbd088));
        glow(g, 800, horizon, 560, 0xffd58a, 170);
        fill(g, circle(800, horizon, 130), 0xffe3a3);
        for (int i = 0; i < 6; i++) {
            bird(g, 260 + random.nextDouble() * 1100, 110 + random.nextDouble() * 220, 9 + random.nextDouble() * 9,
                    rgba(0x2a1f3d, 210));
        }
        fill(g, polygon(0, horizon, 0, 526, 110, 510, 240, 528, 360, 546, 470, horizon), 0x3b2c52);
        fill(g, polygon(W, horizon, W, 518, 1480, 504, 1390, 524, 1260, 548, 1170, horizon), 0x3b2c52);
        fill(g, band(horizon, H), vertical(horizon, 800, 0x6d4c79, 0x3b2e5b, 0x1f1b3c));
        lightPath(g, random, 800, horizon, 760, 170, 0xffd98f, 220);
        ripples(g, random, horizon + 4, 760, 70, rgba(0xffc98a, 55));

        // Balustraded terrace in the foreground, in silhouette against the sunset.
        Color stone = rgb(0x191430);
        fill(g, rect(0, 762, W, 16), stone);
        for (double x = 10; x < W; x += 34) {
            fill(g, new RoundRectangle2D.Double(x, 776, 14, 52, 10, 10), stone);
        }
        fill(g, band(826, H), vertical(826, H, 0x1b1632, 0x110e20));

        flagpole(g, 470, 880, 230);
        flagpole(g, 1090, 880, 230);
        double width = 250;
        double height = 160;
        double wave = 26;
        int[] stripes = {0x2d5a8c, 0xefe9dc, 0xd9a53a};
        for (int i = 0; i < stripes.length; i++) {
            fill(g, flag(475, 242 + i * height / 3, width, height / 3, wave), stripes[i]);
        }
        shadeFolds(g, flag(475, 242, width, height, wave), 475, width);
        Shape second = flag(1095, 242, width, height, wave);
        fill(g, second, 0x1e6f62);
        clipped(g, second, () -> fill(g, circle(1095 + width / 2, 242 + height / 2, 44), 0xf1c04d));
        shadeFolds(g, second, 1095, width);
    }

    private static void coast(Graphics2D g, Random random) {
        double horizon = 430;
        fill(g, band(0, horizon), vertical(0, horizon, 0x5d9bd0, 0x9cc8e6, 0xe8f1ec));
        glow(g, 470, 130, 260, 0xfff6d8, 170);
        fill(g, circle(470, 130, 50), 0xfff8e6);
        for (double x : new double[] {150, 820, 1130}) {
            cloud(g, random, x + random.nextDouble() * 60, 90 + random.nextDouble() * 110, 55 + random.nextDouble() * 40,
                    rgba(0xffffff, 225));
        }
        fill(g, polygon(0, horizon, 0, 372, 90, 360, 230, 378, 380, 402, 520, horizon), 0x8aa9b3);
        fill(g, band(horizon, H), vertical(horizon, H, 0x4b9bbd, 0x2f7aa0, 0x1d5675));
        ripples(g, random, horizon + 4, H, 110, rgba(0xffffff, 70));

        // A sea stack off the cliff foot, then the cliff itself: a lit face with strata and a grassy top.
        Shape stack = polygon(776, 612, 790, 520, 806, 472, 838, 462, 862, 482, 868, 540, 884, 612);
        fill(g, stack, vertical(462, 612, 0xdcc8a4, 0xa88f6e));
        fill(g, polygon(838, 462, 862, 482, 868, 540, 884, 612, 846, 612), rgba(0x3a2a1a, 45));
        fill(g, polygon(804, 474, 838, 458, 864, 476, 838, 470), 0x6f9d4f);

        Shape face = polygon(W, 250, 1200, 262, 1080, 300, 1020, 352, 990, 440, 962, 540, 930, 650, 990, 668, 1150,
                694, W, 724);
        fill(g, face, vertical(250, 720, 0xe6d3b0, 0xc9b18b, 0x9c8464));
        clipped(g, face, () -> {
            g.setStroke(new BasicStroke(3f));
            g.setColor(rgba(0x6e5840, 55));
            for (double y = 300; y < 720; y += 34 + random.nextDouble() * 12) {
                g.draw(new Line2D.Double(900, y + random.nextDouble() * 10, W, y + 30));
            }
            for (int i = 0; i < 7; i++) {
                double x = 1000 + i * 85 + random.nextDouble() * 40;
                fill(g, polygon(x, 260, x + 16, 260, x + 30, 720, x - 4, 720), rgba(0x6e5840, 30));
            }
            fill(g, polygon(930, 650, 1020, 352, 1060, 330, 1010, 520, 1000, 680), rgba(0x3a2a1a, 40));
        });
        fill(g, polygon(W, 234, 1190, 246, 1072, 286, 1012, 342, 1024, 350, 1082, 306, 1202, 270, W, 262), 0x6f9d4f);
        g.setColor(rgb(0x557f3b));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(polyline(1024, 350, 1082, 306, 1202, 270, W, 262));
        lighthouse(g, 1380, 258);

        for (int i = 0; i < 26; i++) {
            double t = random.nextDouble();
            double x = 930 + t * (W - 930);
            double y = 652 + t * 70;
            fill(g, new Ellipse2D.Double(x - 30, y - 8, 40 + random.nextDouble() * 50, 12 + random.nextDouble() * 8),
                    rgba(0xffffff, 200));
        }
        for (int i = 0; i < 6; i++) {
            fill(g, new Ellipse2D.Double(770 + i * 20 + random.nextDouble() * 10, 605 + random.nextDouble() * 6, 34, 11),
                    rgba(0xffffff, 190));
        }

        // Beach in the near corner: foam, wet sand and dry sand stacked as offset copies of one curve.
        Path2D beach = new Path2D.Double();
        beach.moveTo(-120, 686);
        beach.curveTo(300, 710, 620, 800, 860, H + 20);
        beach.lineTo(-120, H + 20);
        beach.closePath();
        fill(g, AffineTransform.getTranslateInstance(46, -34).createTransformedShape(beach), rgba(0xffffff, 200));
        fill(g, AffineTransform.getTranslateInstance(30, -22).createTransformedShape(beach), 0xcdb78e);
        fill(g, beach, vertical(690, H, 0xead8b0, 0xdcc596));
    }

    private static void parliament(Graphics2D g, Random random) {
        double river = 650;
        fill(g, band(0, river), vertical(0, river, 0x2e2a55, 0x7a4f7c, 0xd9806a, 0xf7c488));
        glow(g, 1000, 420, 520, 0xffd08a, 170);
        fill(g, circle(1000, 420, 80), 0xffdc9c);
        fill(g, band(river, H), vertical(river, H, 0x6b5477, 0x3a2f50, 0x1d1830));

        Area building = parliamentBuilding();
        List<Shape> windows = new ArrayList<>();
        for (double x = 214; x < 1310; x += 22) {
            for (double y : new double[] {500, 566}) {
                if (random.nextDouble() < 0.45) {
                    windows.add(new RoundRectangle2D.Double(x, y, 8, 28, 8, 8));
                }
            }
        }
        for (double y = 270; y < 600; y += 46) {
            windows.add(new RoundRectangle2D.Double(196, y, 10, 30, 10, 10));
        }
        reflected(g, river, 220, () -> {
            fill(g, building, 0x241d36);
            windows.forEach(window -> fill(g, window, rgba(0xffcf7a, 230)));
        });
        ripples(g, random, river + 4, H, 140, rgba(0xf7c488, 80));

        glow(g, 1395, 235, 60, 0xffe7b0, 120);
        fill(g, circle(1395, 235, 28), 0xf4e2b2);
        g.setColor(rgb(0x241d36));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(1395, 235, 1395, 216));
        g.draw(new Line2D.Double(1395, 235, 1408, 240));

        // Lamp posts along the embankment wall.
        fill(g, rect(0, river - 4, W, 10), 0x1a1428);
        for (double x = 60; x < W; x += 170) {
            fill(g, rect(x - 2, river - 44, 4, 42), 0x1a1428);
            glow(g, x, river - 48, 22, 0xffd890, 200);
            fill(g, circle(x, river - 48, 4), 0xfff0c8);
        }
    }

    private static void cityNight(Graphics2D g, Random random) {
        double waterline = 720;
        fill(g, band(0, waterline), vertical(0, waterline, 0x060a1c, 0x111a40, 0x26306a, 0x4a3f78));
        for (int i = 0; i < 170; i++) {
            double y = Math.pow(random.nextDouble(), 1.5) * 520;
            fill(g, circle(random.nextDouble() * W, y, 0.8 + random.nextDouble() * 1.6),
                    rgba(0xfdf6e3, 90 + random.nextInt(140)));
        }
        glow(g, 1260, 170, 240, 0xe8eaff, 80);
        Area moon = new Area(circle(1260, 170, 58));
        moon.subtract(new Area(circle(1286, 150, 52)));
        fill(g, moon, 0xf4f0da);

        for (double x = -20; x < W; ) {
            double width = 60 + random.nextDouble() * 90;
            double height = 180 + random.nextDouble() * 260;
            fill(g, rect(x, waterline - height, width - 4, height), 0x1c2452);
            x += width + random.nextDouble() * 10;
        }
        fill(g, band(waterline, H), vertical(waterline, H, 0x141a3f, 0x0a0e26, 0x05081a));
        lightPath(g, random, 1260, waterline, H, 40, 0xf4f0da, 150);

        int[] lights = {0xffd27a, 0xffd27a, 0xffe9b0, 0x9ec9ff};
        int[] facades = {0x0d1130, 0x10153a, 0x0b0f29};
        for (double x = -30; x < W; ) {
            double width = 70 + random.nextDouble() * 110;
            double height = 90 + random.nextDouble() * 300;
            double top = waterline - height;
            Color facade = rgb(facades[random.nextInt(facades.length)]);
            fill(g, rect(x, top, width, height), facade);
            switch (random.nextInt(3)) {
                case 0 -> fill(g, rect(x + width * 0.2, top - 40, width * 0.6, 40), facade);
                case 1 -> {
                    fill(g, rect(x + width / 2 - 2, top - 70, 4, 70), facade);
                    glow(g, x + width / 2, top - 72, 14, 0xff4d4d, 200);
                }
                default -> {
                }
            }
            double litShare = 0.2 + random.nextDouble() * 0.35;
            for (double wy = top + 16; wy < waterline - 20; wy += 20) {
                for (double wx = x + 10; wx < x + width - 14; wx += 14) {
                    if (random.nextDouble() < litShare) {
                        int light = lights[random.nextInt(lights.length)];
                        fill(g, rect(wx, wy, 6, 10), rgba(light, 230));
                        if (random.nextDouble() < 0.4) {
                            double ry = waterline + 8 + (waterline - wy) * 0.45;
                            fill(g, rect(wx - 4, ry, 8 + random.nextDouble() * 10, 3), rgba(light, 110));
                        }
                    }
                }
            }
            x += width + 4 + random.nextDouble() * 14;
        }
        fill(g, rect(0, waterline - 3, W, 7), 0x05081a);
        for (double x = 30; x < W; x += 64) {
            glow(g, x, waterline - 6, 14, 0xffd890, 170);
        }
    }

    private static void windFarm(Graphics2D g, Random random) {
        fill(g, band(0, H), vertical(0, 640, 0x4f93c8, 0x93c4e4, 0xe3f0ea));
        glow(g, 1300, 150, 300, 0xfff7dc, 160);
        fill(g, circle(1300, 150, 48), 0xfffaea);
        for (double x : new double[] {180, 640, 1010}) {
            cloud(g, random, x + random.nextDouble() * 60, 90 + random.nextDouble() * 110, 45 + random.nextDouble() * 40,
                    rgba(0xffffff, 215));
        }

        // Each hill layer is drawn before the turbines standing on it, so nearer hills hide distant towers.
        Ridge far = Ridge.random(random, 520, 26, 180);
        fill(g, far.shape(), 0xa6c9b2);
        for (double x : new double[] {70, 560, 930, 1450}) {
            turbine(g, x, far.y(x) + 4, 130, random.nextDouble() * Math.PI, rgb(0xdfe9ea));
        }
        Ridge middle = Ridge.random(random, 610, 38, 240);
        fill(g, middle.shape(), 0x82b47f);
        for (double x : new double[] {720, 1560}) {
            turbine(g, x, middle.y(x) + 6, 250, random.nextDouble() * Math.PI, rgb(0xedf2f2));
        }
        Ridge near = Ridge.random(random, 720, 44, 300);
        fields(g, random, near);
        turbine(g, 330, near.y(330) + 8, 430, random.nextDouble() * Math.PI, rgb(0xf7f9f9));
        turbine(g, 1220, near.y(1220) + 8, 370, random.nextDouble() * Math.PI, rgb(0xf7f9f9));
        Ridge front = Ridge.random(random, 850, 22, 220);
        fill(g, front.shape(), 0x467e49);
    }

    private static void harbour(Graphics2D g, Random random) {
        double horizon = 470;
        fill(g, band(0, horizon), vertical(0, horizon, 0x86afd3, 0xc3d8e4, 0xf6dcbd));
        glow(g, 1320, 400, 380, 0xffe2b0, 180);
        fill(g, circle(1320, 400, 58), 0xfff0d2);
        for (int i = 0; i < 6; i++) {
            bird(g, 820 + random.nextDouble() * 700, 90 + random.nextDouble() * 200, 8 + random.nextDouble() * 8,
                    rgba(0x3a4654, 200));
        }
        fill(g, Ridge.random(random, horizon - 18, 16, 160).shape(), 0xa7b6c4);
        fill(g, band(horizon, H), vertical(horizon, H, 0x7aa3bf, 0x4a7c9c, 0x285571));
        lightPath(g, random, 1320, horizon, H, 70, 0xfff0d2, 170);

        fill(g, polygon(0, 436, 1050, 436, 1090, 476, 0, 476), 0x56616f);
        for (double x : new double[] {150, 440, 730}) {
            crane(g, x, 440);
        }
        containerShip(g, random, 40, 930, 505);
        ripples(g, random, horizon + 4, H, 130, rgba(0xffffff, 60));

        reflected(g, 720, 90, () -> fishingBoat(g, 560, 720));
        reflected(g, 640, 130, () -> sailingBoat(g, 1000, 640));
        ripples(g, random, 630, H, 60, rgba(0x285571, 120));

        // Timber jetty running off the right edge.
        for (double x = 1110; x < W; x += 70) {
            fill(g, rect(x, 700, 12, 110), 0x4a3626);
            fill(g, rect(x, 810, 12, 30), rgba(0x4a3626, 90));
        }
        fill(g, rect(1090, 686, W - 1090, 18), 0x6e523b);
        fill(g, rect(1090, 686, W - 1090, 4), 0x8a6a4e);
        fill(g, new RoundRectangle2D.Double(1150, 668, 18, 20, 8, 8), 0x2c2c30);
        reflected(g, 850, 50, () -> rowingBoat(g, 1330, 850));
        g.setColor(rgb(0x2b2f36));
        g.setStroke(new BasicStroke(2f));
        g.draw(new QuadCurve2D.Double(1268, 826, 1215, 790, 1160, 690));
    }

    private static void flood(Graphics2D g, Random random) {
        double horizon = 500;
        fill(g, band(0, horizon), vertical(0, horizon, 0x5b636f, 0x858e99, 0xaeb5bb));
        for (int i = 0; i < 9; i++) {
            cloud(g, random, random.nextDouble() * W, 60 + random.nextDouble() * 170, 120 + random.nextDouble() * 120,
                    rgba(i % 2 == 0 ? 0x6a727e : 0x7c848f, 235));
        }
        Area trees = new Area(rect(0, horizon - 14, W, 20));
        for (double x = -10; x < W + 20; x += 16 + random.nextDouble() * 10) {
            trees.add(new Area(circle(x, horizon - 14 - random.nextDouble() * 18, 14 + random.nextDouble() * 14)));
        }
        fill(g, trees, 0x66725f);
        fill(g, band(horizon, H), vertical(horizon, H, 0x978c70, 0x7e735a, 0x5e5442));

        List<House> houses = List.of(
                new House(560, 560, 160, 0xd9cba8, 0x5a5560),
                new House(190, 592, 220, 0xb86b4f, 0x4a4450),
                new House(1270, 604, 230, 0xc99b6a, 0x4d4650),
                new House(860, 648, 300, 0x8fa0ad, 0x3f3d48));
        for (House house : houses) {
            reflected(g, house.waterline(), house.width() * 0.5, () -> house.draw(g));
            fill(g, new RoundRectangle2D.Double(house.x() - 14, house.waterline() - 3, house.width() + 28, 7, 7, 7),
                    rgba(0xd6cfb8, 120));
        }
        ripples(g, random, horizon + 4, H, 160, rgba(0xc9c1a8, 80));
        treeTops(g, random, 1560, 690, 90);
        treeTops(g, random, 60, 520, 60);

        List<Pole> poles = List.of(new Pole(700, 575, 170), new Pole(470, 650, 300), new Pole(90, 830, 520));
        poles.forEach(pole -> pole.draw(g));
        g.setColor(rgba(0x2e2a26, 200));
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i + 1 < poles.size(); i++) {
            for (int side : new int[] {-1, 1}) {
                Point2D from = poles.get(i).insulator(side);
                Point2D to = poles.get(i + 1).insulator(side);
                g.draw(new QuadCurve2D.Double(from.getX(), from.getY(), (from.getX() + to.getX()) / 2,
                        Math.max(from.getY(), to.getY()) + 30, to.getX(), to.getY()));
            }
        }

        rescueBoat(g, 1120, 790);

        g.setColor(rgba(0xdfe4ea, 60));
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 320; i++) {
            double x = random.nextDouble() * (W + 100);
            double y = random.nextDouble() * H;
            g.draw(new Line2D.Double(x, y, x - 12, y + 42));
        }
    }

    private static void mountains(Graphics2D g, Random random) {
        fill(g, band(0, H), vertical(0, 700, 0x2f5f9e, 0x6fa0d0, 0xc9e0ee, 0xeef4f3));
        for (int i = 0; i < 3; i++) {
            double x = 200 + i * 520 + random.nextDouble() * 160;
            double y = 110 + random.nextDouble() * 140;
            fill(g, new RoundRectangle2D.Double(x - 170, y, 320, 16, 16, 16), rgba(0xffffff, 110));
            fill(g, new RoundRectangle2D.Double(x - 70, y - 14, 190, 16, 16, 16), rgba(0xffffff, 150));
        }
        mountainRange(g, random, 600, 250, 420, 5, 0xa6b9d4, 0.42);
        haze(g, 320, 640);
        mountainRange(g, random, 690, 190, 330, 4, 0x6f86ab, 0.32);
        haze(g, 460, 720);
        mountainRange(g, random, 790, 170, 290, 4, 0x4a5e80, 0.2);

        Ridge forest = Ridge.random(random, 806, 16, 140);
        fill(g, forest.shape(), 0x234338);
        for (double x = -10; x < W + 10; x += 12 + random.nextDouble() * 14) {
            pine(g, x, forest.y(x) + 14, 40 + random.nextDouble() * 50, random.nextBoolean() ? 0x1d3a31 : 0x2a4e41);
        }
        Ridge front = Ridge.random(random, 872, 12, 200);
        fill(g, front.shape(), 0x16302a);
        for (double x = -20; x < W + 20; x += 50 + random.nextDouble() * 90) {
            pine(g, x, front.y(x) + 20, 90 + random.nextDouble() * 90, 0x132a24);
        }
    }

    // ---------------------------------------------------------------- scene parts

    private static void flagpole(Graphics2D g, double x, double base, double top) {
        fill(g, rect(x - 5, top, 10, base - top), 0x14102a);
        fill(g, new RoundRectangle2D.Double(x - 22, base - 30, 44, 34, 6, 6), 0x14102a);
        fill(g, circle(x, top - 4, 9), 0xe0b45c);
    }

    /** A flag rippling in the wind: its top and bottom edges follow the same S-curve. */
    private static Shape flag(double x, double y, double width, double height, double wave) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.curveTo(x + width / 3, y - wave, x + width * 2 / 3, y + wave, x + width, y);
        p.lineTo(x + width, y + height);
        p.curveTo(x + width * 2 / 3, y + height + wave, x + width / 3, y + height - wave, x, y + height);
        p.closePath();
        return p;
    }

    private static void shadeFolds(Graphics2D g, Shape flag, double x, double width) {
        Color clear = rgba(0x000000, 0);
        g.setPaint(new LinearGradientPaint((float) x, 0f, (float) (x + width), 0f,
                new float[] {0f, 0.25f, 0.58f, 0.88f, 1f},
                new Color[] {clear, rgba(0xffffff, 50), rgba(0x000000, 70), rgba(0xffffff, 35), clear}));
        g.fill(flag);
    }

    private static void lighthouse(Graphics2D g, double x, double base) {
        Shape tower = polygon(x - 20, base, x + 20, base, x + 12, base - 128, x - 12, base - 128);
        fill(g, tower, 0xf5f2ea);
        clipped(g, tower, () -> {
            fill(g, rect(x - 30, base - 100, 60, 20), 0xc8423b);
            fill(g, rect(x - 30, base - 50, 60, 20), 0xc8423b);
            fill(g, rect(x, base - 130, 30, 130), rgba(0x000000, 30));
        });
        glow(g, x, base - 148, 50, 0xfff1b0, 190);
        fill(g, rect(x - 10, base - 160, 20, 26), 0xffe7a0);
        fill(g, rect(x - 19, base - 136, 38, 8), 0x33343f);
        fill(g, polygon(x - 16, base - 160, x + 16, base - 160, x, base - 180), 0xc8423b);
    }

    /** The Palace-of-Westminster-like silhouette: a long gothic hall between two towers, plus a bridge. */
    private static Area parliamentBuilding() {
        double ground = 652;
        Area a = new Area(rect(200, 470, 1120, ground - 470));
        a.add(new Area(polygon(220, 472, 262, 440, 1278, 440, 1300, 472)));
        for (double x = 210; x <= 1310; x += 44) {
            double tip = ((int) ((x - 210) / 44)) % 2 == 0 ? 420 : 436;
            a.add(new Area(polygon(x - 5, 472, x - 5, 450, x, tip, x + 5, 450, x + 5, 472)));
        }
        a.add(new Area(rect(735, 360, 50, 112)));
        a.add(new Area(polygon(733, 362, 760, 270, 787, 362)));

        a.add(new Area(rect(140, 232, 130, ground - 232)));
        for (double x : new double[] {138, 258}) {
            a.add(new Area(rect(x, 200, 14, 40)));
            a.add(new Area(polygon(x, 200, x + 7, 176, x + 14, 200)));
        }
        a.add(new Area(rect(203, 150, 4, 84)));
        a.add(new Area(polygon(207, 152, 242, 158, 207, 172)));

        a.add(new Area(rect(1320, 520, 40, ground - 520)));
        a.add(new Area(rect(1362, 280, 66, ground - 280)));
        a.add(new Area(rect(1352, 176, 86, 104)));
        a.add(new Area(rect(1358, 150, 74, 28)));
        a.add(new Area(polygon(1352, 152, 1395, 44, 1438, 152)));
        a.add(new Area(rect(1393, 18, 4, 30)));
        for (double x : new double[] {1346, 1428}) {
            a.add(new Area(polygon(x, 178, x + 8, 140, x + 16, 178)));
        }

        Area bridge = new Area(rect(1428, 592, W - 1428, ground - 592));
        for (double cx : new double[] {1490, 1580}) {
            bridge.subtract(new Area(new Ellipse2D.Double(cx - 34, 616, 68, 80)));
        }
        a.add(bridge);
        return a;
    }

    /** A wind turbine: tapered tower, nacelle and three blades turned by the given angle. */
    private static void turbine(Graphics2D g, double x, double base, double height, double angle, Color colour) {
        double hub = base - height;
        fill(g, polygon(x - height * 0.022, base, x + height * 0.022, base, x + height * 0.009, hub, x - height * 0.009,
                hub), colour);
        fill(g, polygon(x, base, x + height * 0.022, base, x + height * 0.009, hub, x, hub), rgba(0x30506a, 35));
        fill(g, new RoundRectangle2D.Double(x - height * 0.02, hub - height * 0.022, height * 0.07, height * 0.044,
                height * 0.02, height * 0.02), colour);
        double length = height * 0.55;
        Shape blade = polygon(0, 0, -length * 0.04, -length * 0.14, -length * 0.012, -length, length * 0.006, -length,
                length * 0.03, -length * 0.16);
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < 3; i++) {
            g.setTransform(saved);
            g.translate(x, hub);
            g.rotate(angle + i * 2 * Math.PI / 3);
            fill(g, blade, colour);
            fill(g, polygon(0, 0, length * 0.03, -length * 0.16, length * 0.006, -length, 0, -length), rgba(0x30506a, 30));
        }
        g.setTransform(saved);
        fill(g, circle(x, hub, height * 0.022), colour.darker());
    }

    /** A patchwork of fields in alternating greens, divided by hedges that follow the lie of the land. */
    private static void fields(Graphics2D g, Random random, Ridge hill) {
        int[] greens = {0x5f9a5c, 0x6ea866, 0x5a9457, 0x77ad6b};
        for (int row = 0; row < greens.length; row++) {
            Ridge field = new Ridge(hill.base() + row * 36, hill.amplitude(), hill.wavelength(), hill.phase1(),
                    hill.phase2());
            fill(g, field.shape(), greens[row]);
            if (row > 0) {
                g.setColor(rgb(0x45783f));
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(field.skyline());
                for (double x = random.nextDouble() * 300; x < W; x += 220 + random.nextDouble() * 320) {
                    double r = 10 + random.nextDouble() * 6;
                    fill(g, circle(x, field.y(x) - r * 0.7, r), 0x3f7440);
                    fill(g, circle(x + r * 0.9, field.y(x) - r * 0.5, r * 0.75), 0x3f7440);
                }
            }
        }
    }

    private static void crane(Graphics2D g, double x, double quay) {
        Color steel = rgb(0xd4552f);
        fill(g, rect(x, 230, 10, quay - 230), steel);
        fill(g, rect(x + 90, 230, 10, quay - 230), steel);
        fill(g, rect(x, 300, 100, 8), steel);
        fill(g, rect(x - 140, 226, 360, 14), steel);
        g.setColor(steel);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(polyline(x + 10, 300, x + 90, 380));
        g.draw(polyline(x + 15, 228, x + 50, 150, x + 85, 228));
        g.draw(polyline(x - 136, 230, x + 50, 150, x + 216, 230));
        fill(g, rect(x + 36, 240, 28, 18), 0x2f3a46);
        g.setColor(rgb(0x2f3a46));
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(x + 170, 240, x + 170, 360));
        fill(g, rect(x + 150, 360, 40, 6), 0x2f3a46);
    }

    private static void containerShip(Graphics2D g, Random random, double left, double right, double waterline) {
        int[] boxes = {0xc8423b, 0x2d6a8e, 0xe0a23a, 0x3f8f6b, 0x8a4f7d, 0xd9d2c5, 0x2d6a8e};
        for (double x = left + 170; x < right - 70; x += 56) {
            int stack = 1 + random.nextInt(4);
            for (int level = 0; level < stack; level++) {
                double y = 444 - (level + 1) * 22;
                fill(g, rect(x, y, 54, 21), boxes[random.nextInt(boxes.length)]);
                g.setColor(rgba(0x000000, 45));
                g.setStroke(new BasicStroke(1.2f));
                for (double rib = x + 6; rib < x + 52; rib += 6) {
                    g.draw(new Line2D.Double(rib, y + 3, rib, y + 18));
                }
            }
        }
        fill(g, rect(left + 50, 344, 90, 100), 0xeef0f0);
        fill(g, rect(left + 50, 344, 90, 6), 0xc9cdd1);
        for (double y = 360; y < 430; y += 22) {
            fill(g, rect(left + 58, y, 74, 7), 0x2f3a46);
        }
        fill(g, rect(left + 100, 312, 24, 34), 0xc8423b);
        Shape hull = polygon(left, 440, right, 440, right - 34, waterline, left + 40, waterline);
        fill(g, hull, 0x2c3a4a);
        fill(g, polygon(left + 36, waterline - 10, right - 30, waterline - 10, right - 34, waterline, left + 40,
                waterline), 0xa8382f);
        fill(g, rect(left, 440, right - left, 4), 0x4b5a6a);
    }

    /** Generic boat hull with a raised bow; its bottom edge sits on the waterline. */
    private static Shape hull(double x, double waterline, double length, double height) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - length / 2, waterline - height);
        p.lineTo(x + length / 2, waterline - height * 1.3);
        p.quadTo(x + length * 0.45, waterline - height * 0.2, x + length * 0.34, waterline);
        p.lineTo(x - length * 0.44, waterline);
        p.closePath();
        return p;
    }

    private static void fishingBoat(Graphics2D g, double x, double waterline) {
        g.setColor(rgb(0x2b2f36));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x + 30, waterline - 50, x + 30, waterline - 210));
        g.draw(polyline(x + 30, waterline - 200, x + 180, waterline - 62));
        g.draw(polyline(x + 30, waterline - 200, x - 130, waterline - 52));
        fill(g, rect(x - 90, waterline - 110, 110, 64), 0xf2efe8);
        fill(g, rect(x - 96, waterline - 118, 122, 10), 0x2d4f6e);
        for (double wx = x - 80; wx < x + 10; wx += 30) {
            fill(g, rect(wx, waterline - 96, 20, 16), 0x2d4f6e);
        }
        Shape hull = hull(x, waterline, 340, 56);
        fill(g, hull, 0xc8423b);
        clipped(g, hull, () -> {
            fill(g, rect(x - 200, waterline - 18, 400, 18), 0x2b2f36);
            fill(g, rect(x - 200, waterline - 80, 400, 18), 0xf2efe8);
        });
    }

    private static void sailingBoat(Graphics2D g, double x, double waterline) {
        g.setColor(rgb(0x2b2f36));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x, waterline - 30, x, waterline - 330));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(polyline(x - 100, waterline - 34, x, waterline - 330, x + 110, waterline - 40));
        fill(g, new RoundRectangle2D.Double(x - 84, waterline - 70, 84, 14, 12, 12), 0x2d4f6e);
        fill(g, rect(x - 40, waterline - 48, 60, 22), 0xe9e6de);
        Shape hull = hull(x, waterline, 240, 34);
        fill(g, hull, 0xf7f5f0);
        clipped(g, hull, () -> fill(g, rect(x - 140, waterline - 14, 280, 6), 0x2d4f6e));
    }

    private static void rowingBoat(Graphics2D g, double x, double waterline) {
        Shape hull = hull(x, waterline, 180, 28);
        fill(g, hull, 0x2f7a6b);
        clipped(g, hull, () -> fill(g, rect(x - 80, waterline - 30, 160, 6), 0xf0d9a8));
    }

    /** A two-storey house standing in flood water up to its ground-floor windows. */
    private record House(double x, double waterline, double width, int wall, int roof) {

        void draw(Graphics2D g) {
            double top = waterline - width * 0.42;
            double base = waterline + width * 0.3;
            fill(g, rect(x + width * 0.7, top - width * 0.42, width * 0.1, width * 0.3), 0x5b4a44);
            fill(g, rect(x, top, width, base - top), wall);
            fill(g, rect(x + width * 0.5, top, width * 0.5, base - top), rgba(0x000000, 28));
            fill(g, polygon(x - width * 0.06, top + 2, x + width / 2, top - width * 0.34, x + width * 1.06, top + 2),
                    roof);
            for (double wx : new double[] {0.16, 0.62}) {
                fill(g, rect(x + width * wx, top + width * 0.08, width * 0.22, width * 0.18), 0xe7e3d6);
                fill(g, rect(x + width * wx + width * 0.02, top + width * 0.1, width * 0.18, width * 0.14), 0x3d4654);
                fill(g, rect(x + width * wx, top + width * 0.29, width * 0.22, width * 0.18), 0x3d4654);
            }
        }
    }

    /** A telegraph pole with a crossbar; its size is given by its height so the far ones shrink together. */
    private record Pole(double x, double base, double height) {

        void draw(Graphics2D g) {
            double scale = height / 520;
            fill(g, rect(x - 6 * scale, base - height, 12 * scale, height), 0x4a3f34);
            fill(g, rect(x - 44 * scale, base - height + 30 * scale, 88 * scale, 8 * scale), 0x4a3f34);
        }

        Point2D insulator(int side) {
            double scale = height / 520;
            return new Point2D.Double(x + side * 38 * scale, base - height + 30 * scale);
        }
    }

    private static void treeTops(Graphics2D g, Random random, double x, double waterline, double size) {
        Area crown = new Area();
        for (int i = 0; i < 6; i++) {
            crown.add(new Area(circle(x + (random.nextDouble() - 0.5) * size * 1.4,
                    waterline - random.nextDouble() * size * 0.5, size * (0.3 + random.nextDouble() * 0.25))));
        }
        crown.subtract(new Area(rect(x - size * 2, waterline, size * 4, size)));
        fill(g, crown, 0x4a5a44);
    }

    /** An inflatable rescue boat with two crew in helmets, leaving a wake. */
    private static void rescueBoat(Graphics2D g, double x, double waterline) {
        g.setColor(rgba(0xf2efe6, 150));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side : new int[] {-1, 1}) {
            g.draw(new QuadCurve2D.Double(x - 120, waterline - 4, x - 250, waterline + side * 10 + 4, x - 380,
                    waterline + side * 26 + 10));
        }
        fill(g, new RoundRectangle2D.Double(x - 124, waterline - 60, 16, 62, 8, 8), 0x2b2f36);
        for (double cx : new double[] {x - 40, x + 40}) {
            fill(g, new RoundRectangle2D.Double(cx - 20, waterline - 92, 40, 64, 16, 16), 0xf2c230);
            fill(g, rect(cx - 20, waterline - 68, 40, 6), 0xe7e3d6);
            fill(g, circle(cx, waterline - 106, 15), 0xc99272);
            Area helmet = new Area(circle(cx, waterline - 110, 17));
            helmet.subtract(new Area(rect(cx - 20, waterline - 108, 40, 30)));
            fill(g, helmet, 0xf7f5f0);
        }
        fill(g, new RoundRectangle2D.Double(x - 112, waterline - 40, 240, 40, 40, 40), 0xe8742c);
        fill(g, new RoundRectangle2D.Double(x - 112, waterline - 16, 240, 16, 16, 16), 0xb5561c);
        fill(g, rect(x - 70, waterline - 30, 150, 5), 0x2b2f36);
    }

    private static void mountainRange(Graphics2D g, Random random, double base, double low, double high, int peaks,
            int colour, double snowDepth) {
        int n = peaks * 2 + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double step = (W + 200) / (n - 1);
        for (int i = 0; i < n; i++) {
            double rise = low + random.nextDouble() * (high - low);
            xs[i] = -100 + i * step + (random.nextDouble() - 0.5) * step * 0.5;
            ys[i] = base - (i % 2 == 1 ? rise : rise * (0.25 + random.nextDouble() * 0.25));
        }
        Path2D range = new Path2D.Double();
        range.moveTo(xs[0], H);
        for (int i = 0; i < n; i++) {
            range.lineTo(xs[i], ys[i]);
        }
        range.lineTo(xs[n - 1], H);
        range.closePath();
        fill(g, range, colour);

        clipped(g, range, () -> {
            for (int i = 1; i < n; i += 2) {
                double depth = (base - ys[i]) * snowDepth;
                double leftT = Math.min(0.9, depth / (ys[i - 1] - ys[i]));
                double rightT = Math.min(0.9, depth / (ys[i + 1] - ys[i]));
                double lx = xs[i] + (xs[i - 1] - xs[i]) * leftT;
                double rx = xs[i] + (xs[i + 1] - xs[i]) * rightT;
                Path2D snow = new Path2D.Double();
                snow.moveTo(xs[i], ys[i]);
                snow.lineTo(rx, ys[i] + (ys[i + 1] - ys[i]) * rightT);
                for (int k = 5; k >= 1; k--) {
                    double notch = (k % 2 == 0 ? 0.35 : -0.05) + random.nextDouble() * 0.2;
                    snow.lineTo(lx + (rx - lx) * k / 6, ys[i] + depth * (1 - notch));
                }
                snow.lineTo(lx, ys[i] + (ys[i - 1] - ys[i]) * leftT);
                snow.closePath();
                fill(g, snow, 0xf3f6fa);
                // The right-hand face of every peak is in shade; drawn over the snow so it tints that too.
                double run = xs[i + 1] - xs[i];
                fill(g, polygon(xs[i], ys[i], xs[i + 1], ys[i + 1], xs[i + 1] - run * 0.3, H, xs[i] + run * 0.25, H),
                        rgba(0x17274a, 60));
            }
        });
    }

    /** Pales everything below top, reaching full strength at bottom, so distant ranges recede. */
    private static void haze(Graphics2D g, double top, double bottom) {
        fill(g, band(top, H), vertical(top, bottom, rgba(0xe6f0f5, 0), rgba(0xe6f0f5, 110)));
    }

    private static void pine(Graphics2D g, double x, double base, double height, int colour) {
        fill(g, rect(x - height * 0.03, base - height * 0.15, height * 0.06, height * 0.15), 0x2b2320);
        for (int tier = 0; tier < 3; tier++) {
            double bottom = base - height * (0.1 + tier * 0.26);
            double apex = base - height * (0.55 + tier * 0.225);
            double half = height * (0.26 - tier * 0.06);
            fill(g, polygon(x - half, bottom, x, apex, x + half, bottom), colour);
        }
    }

    // ---------------------------------------------------------------- shared helpers

    /** A gently rolling line of hills made of two sine waves with random phases. */
    private record Ridge(double base, double amplitude, double wavelength, double phase1, double phase2) {

        static Ridge random(Random random, double base, double amplitude, double wavelength) {
            return new Ridge(base, amplitude, wavelength, random.nextDouble() * 2 * Math.PI,
                    random.nextDouble() * 2 * Math.PI);
        }

        double y(double x) {
            return base - amplitude * (0.65 * Math.sin(x / wavelength + phase1)
                    + 0.35 * Math.sin(x / (wavelength * 0.43) + phase2));
        }

        Path2D skyline() {
            Path2D p = new Path2D.Double();
            p.moveTo(0, y(0));
            for (int x = 8; x <= W; x += 8) {
                p.lineTo(x, y(x));
            }
            return p;
        }

        Shape shape() {
            Path2D p = skyline();
            p.lineTo(W, H);
            p.lineTo(0, H);
            p.closePath();
            return p;
        }
    }

    /**
     * Draws something standing on water, plus a mirror image of it below the waterline that fades out
     * over the given depth (drawn in strips of decreasing opacity, which also reads as gentle ripples).
     */
    private static void reflected(Graphics2D g, double waterline, double depth, Runnable drawing) {
        Shape savedClip = g.getClip();
        AffineTransform saved = g.getTransform();
        int strips = 6;
        for (int i = 0; i < strips; i++) {
            g.clip(rect(0, waterline + depth * i / strips, W, depth / strips));
            g.translate(0, 2 * waterline);
            g.scale(1, -1);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.36f * (strips - i) / strips));
            drawing.run();
            g.setComposite(AlphaComposite.SrcOver);
            g.setTransform(saved);
            g.setClip(savedClip);
        }
        g.clip(rect(0, 0, W, waterline));
        drawing.run();
        g.setClip(savedClip);
    }

    private static void clipped(Graphics2D g, Shape clip, Runnable drawing) {
        Shape savedClip = g.getClip();
        g.clip(clip);
        drawing.run();
        g.setClip(savedClip);
    }

    /** Short strokes on water, bunched towards the horizon so the surface reads as receding. */
    private static void ripples(Graphics2D g, Random random, double top, double bottom, int count, Color colour) {
        g.setColor(colour);
        for (int i = 0; i < count; i++) {
            double depth = Math.pow(random.nextDouble(), 1.6);
            double y = top + (bottom - top) * depth;
            double x = random.nextDouble() * W;
            double length = 24 + 150 * depth * random.nextDouble();
            g.setStroke(new BasicStroke((float) (1 + 3 * depth), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x, y, x + length, y));
        }
    }

    /** The broken column of light a low sun or moon throws across water towards the viewer. */
    private static void lightPath(Graphics2D g, Random random, double x, double top, double bottom, double halfWidth,
            int hex, int alpha) {
        for (double y = top + 4; y < bottom; y += 9 + (y - top) * 0.06) {
            double t = (y - top) / (bottom - top);
            double half = halfWidth * (1 - t * 0.5) * (0.5 + random.nextDouble() * 0.5);
            double shift = (random.nextDouble() - 0.5) * halfWidth * 0.5;
            fill(g, new RoundRectangle2D.Double(x - half + shift, y, half * 2, 3 + t * 4, 6, 6),
                    rgba(hex, (int) (alpha * (1 - t * 0.75))));
        }
    }

    private static void glow(Graphics2D g, double x, double y, double radius, int hex, int alpha) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) radius, new float[] {0f, 1f},
                new Color[] {rgba(hex, alpha), rgba(hex, 0)}));
        g.fill(circle(x, y, radius));
    }

    /** A flat-bottomed cumulus cloud made of a few overlapping puffs. */
    private static void cloud(Graphics2D g, Random random, double x, double y, double size, Color colour) {
        Area cloud = new Area(new RoundRectangle2D.Double(x - size * 1.2, y - size * 0.35, size * 2.4, size * 0.7,
                size * 0.7, size * 0.7));
        int puffs = 3 + random.nextInt(2);
        for (int i = 0; i < puffs; i++) {
            double px = x - size * 0.7 + size * 1.4 * i / (puffs - 1);
            double r = size * (0.35 + random.nextDouble() * 0.3);
            cloud.add(new Area(circle(px, y + size * 0.35 - r, r)));
        }
        fill(g, cloud, colour);
    }

    private static void bird(Graphics2D g, double x, double y, double span, Color colour) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - span, y - span * 0.2);
        p.quadTo(x - span * 0.5, y - span * 0.6, x, y);
        p.quadTo(x + span * 0.5, y - span * 0.6, x + span, y - span * 0.2);
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) (span * 0.18), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
    }

    private static Paint vertical(double y0, double y1, int... colours) {
        Color[] converted = new Color[colours.length];
        for (int i = 0; i < colours.length; i++) {
            converted[i] = rgb(colours[i]);
        }
        return vertical(y0, y1, converted);
    }

    /** A top-to-bottom gradient through evenly spaced colours; beyond its ends the end colours continue. */
    private static Paint vertical(double y0, double y1, Color... colours) {
        float[] fractions = new float[colours.length];
        for (int i = 0; i < colours.length; i++) {
            fractions[i] = (float) i / (colours.length - 1);
        }
        return new LinearGradientPaint(0f, (float) y0, 0f, (float) y1, fractions, colours);
    }

    private static void fill(Graphics2D g, Shape shape, Paint paint) {
        g.setPaint(paint);
        g.fill(shape);
    }

    private static void fill(Graphics2D g, Shape shape, int hex) {
        fill(g, shape, rgb(hex));
    }

    private static Rectangle2D band(double top, double bottom) {
        return new Rectangle2D.Double(0, top, W, bottom - top);
    }

    private static Rectangle2D rect(double x, double y, double width, double height) {
        return new Rectangle2D.Double(x, y, width, height);
    }

    private static Ellipse2D circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2);
    }

    private static Path2D polygon(double... xy) {
        Path2D p = polyline(xy);
        p.closePath();
        return p;
    }

    private static Path2D polyline(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        return p;
    }

    private static Color rgb(int hex) {
        return new Color(hex);
    }

    private static Color rgba(int hex, int alpha) {
        return new Color(hex >> 16 & 0xff, hex >> 8 & 0xff, hex & 0xff, alpha);
    }
}
