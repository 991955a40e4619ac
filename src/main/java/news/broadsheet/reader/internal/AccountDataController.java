package news.broadsheet.reader.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.reader.ReaderDataExport;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data": everything the site holds about the signed-in reader, as one JSON file: the account
 * here, and what other modules add through {@link ReaderDataExport}. The password hash is not data about
 * the reader worth giving out, and the file may end up anywhere, so it is left out.
 */
@Controller
class AccountDataController {

    private final ReaderRepository readers;
    private final List<ReaderDataExport> exports;

    AccountDataController(ReaderRepository readers, List<ReaderDataExport> exports) {
        this.readers = readers;
        this.exports = exports;
    }

    @GetMapping("/account/data")
    ResponseEntity<byte[]> download() {
        StoredReader reader = ReaderSessions.signedInId().flatMap(readers::byId)
                .orElseThrow(() -> new IllegalStateException("No reader is signed in"));
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("email", reader.email());
        account.put("displayName", reader.displayName());
        account.put("bio", reader.bio());
        account.put("profile", reader.profile().path());
        account.put("joinedAt", reader.joinedAt().toString());
        account.put("emailConfirmedAt", reader.verifiedAt() == null ? null : reader.verifiedAt().toString());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now().toString());
        data.put("account", account);
        for (ReaderDataExport export : exports) {
            data.put(export.name(), export.export(reader.id()));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("broadsheet-account-" + reader.handle() + ".json").build().toString())
                .body(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }
}
