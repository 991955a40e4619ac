package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.broadsheet.media.Image;
import news.broadsheet.media.ImageRejected;
import news.broadsheet.media.ImageWords;
import news.broadsheet.media.Images;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** One picture of the library, where staff write its alt text, caption and credit. */
@Controller
class PictureController {

    private final NewsroomPages pages;
    private final Images images;

    PictureController(NewsroomPages pages, Images images) {
        this.pages = pages;
        this.images = images;
    }

    @GetMapping("/newsroom/media/{id:\\d{1,18}}")
    ResponseEntity<byte[]> picture(@PathVariable long id, HttpServletRequest request) {
        Image image = existing(id);
        return page(request, HttpStatus.OK, image, Map.of(), image.words());
    }

    @PostMapping("/newsroom/media/{id:\\d{1,18}}")
    ResponseEntity<byte[]> changeWords(@AuthenticationPrincipal StaffAccount staff, @PathVariable long id,
                                       @RequestParam(defaultValue = "") String altText,
                                       @RequestParam(defaultValue = "") String caption,
                                       @RequestParam(defaultValue = "") String credit,
                                       HttpServletRequest request) {
        ImageWords words = new ImageWords(altText, caption, credit);
        try {
            images.updateWords(id, words, staff.auditName())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return StaffController.seeOther("/newsroom/media/" + id + "?saved");
        } catch (ImageRejected refused) {
            return page(request, HttpStatus.BAD_REQUEST, existing(id), refused.problems(), words);
        }
    }

    private Image existing(long id) {
        return images.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, Image image,
                                        Map<String, String> problems, ImageWords words) {
        String notice = request.getParameter("uploaded") != null ? "Picture uploaded."
                : request.getParameter("saved") != null ? "Words saved." : null;
        return pages.render(request, status, "media", "newsroom/mediaPicture.jte", Map.of(
                "image", image, "problems", problems, "words", words,
                "notice", notice == null ? "" : notice));
    }
}
