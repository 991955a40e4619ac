package news.broadsheet.newsroom.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Every member of staff browses the picture library and uploads pictures to it. */
@Controller
class MediaLibraryController {

    static final int PAGE_SIZE = 24;

    private final NewsroomPages pages;
    private final Images images;

    MediaLibraryController(NewsroomPages pages, Images images) {
        this.pages = pages;
        this.images = images;
    }

    @GetMapping("/newsroom/media")
    ResponseEntity<byte[]> library(@RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
        return library(request, HttpStatus.OK, page, Map.of(), new ImageWords("", "", ""));
    }

    @PostMapping("/newsroom/media")
    ResponseEntity<byte[]> upload(@AuthenticationPrincipal StaffAccount staff,
                                  @RequestParam(required = false) MultipartFile file,
                                  @RequestParam(defaultValue = "") String altText,
                                  @RequestParam(defaultValue = "") String caption,
                                  @RequestParam(defaultValue = "") String credit,
                                  HttpServletRequest request) throws IOException {
        ImageWords words = new ImageWords(altText, caption, credit);
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            Image image = images.upload(bytes, words, staff.auditName());
            return StaffController.seeOther("/newsroom/media/" + image.id() + "?uploaded");
        } catch (ImageRejected refused) {
            return library(request, HttpStatus.BAD_REQUEST, 1, refused.problems(), words);
        }
    }

    private ResponseEntity<byte[]> library(HttpServletRequest request, HttpStatus status, int page,
                                           Map<String, String> problems, ImageWords words) {
        int pageCount = (int) Math.max(1, (images.count() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pageCount) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pages.render(request, status, "media", "newsroom/media.jte", Map.of(
                "images", images.newestFirst((page - 1) * PAGE_SIZE, PAGE_SIZE),
                "page", page, "pages", pageCount,
                "problems", problems, "words", words,
                "maxUploadBytes", Images.MAX_UPLOAD_BYTES));
    }
}
