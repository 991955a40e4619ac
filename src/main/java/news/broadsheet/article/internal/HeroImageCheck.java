package news.broadsheet.article.internal;

import java.util.Optional;
import news.broadsheet.media.Image;
import news.broadsheet.media.Images;
import org.springframework.stereotype.Component;

/** An article may lead with a picture only once the picture has its alt text, caption and credit. */
@Component
class HeroImageCheck {

    private final Images images;

    HeroImageCheck(Images images) {
        this.images = images;
    }

    Optional<String> problem(Long heroImageId) {
        if (heroImageId == null) {
            return Optional.empty();
        }
        Optional<Image> image = images.find(heroImageId);
        if (image.isEmpty()) {
            return Optional.of("The hero picture is no longer in the library; choose another or none.");
        }
        if (!image.get().readyToPublish()) {
            return Optional.of("The hero picture needs alt text, a caption and a credit before the article can be "
                    + "published; add them in the picture library or choose another picture.");
        }
        return Optional.empty();
    }
}
