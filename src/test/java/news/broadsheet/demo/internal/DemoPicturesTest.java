package news.broadsheet.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DemoPicturesTest {

    static Stream<String> sceneNames() {
        return DemoPictures.SCENES.stream();
    }

    static Stream<Arguments> scenesAndSizes() {
        return DemoPictures.SCENES.stream()
                .flatMap(scene -> Stream.of(Arguments.of(scene, 1600, 900), Arguments.of(scene, 480, 270)));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("scenesAndSizes")
    void drawsEverySceneAtTheRequestedSize(String scene, int width, int height) {
        BufferedImage image = DemoPictures.draw(scene, width, height);

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(distinctColours(image)).as("distinct colours in %s", scene).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("sceneNames")
    void drawingIsDeterministic(String scene) {
        assertThat(pixels(DemoPictures.draw(scene, 480, 270))).isEqualTo(pixels(DemoPictures.draw(scene, 480, 270)));
    }

    @Test
    void rejectsAnUnknownScene() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemoPictures.draw("volcano", 480, 270));
    }

    private static long distinctColours(BufferedImage image) {
        return Arrays.stream(pixels(image)).distinct().count();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
