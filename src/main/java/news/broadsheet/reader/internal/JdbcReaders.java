package news.broadsheet.reader.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import news.broadsheet.reader.ReaderProfile;
import news.broadsheet.reader.Readers;
import org.springframework.stereotype.Component;

@Component
class JdbcReaders implements Readers {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]{1,60}");

    private final ReaderRepository readers;

    JdbcReaders(ReaderRepository readers) {
        this.readers = readers;
    }

    @Override
    public Optional<ReaderProfile> current() {
        return ReaderSessions.signedInId().flatMap(this::byId);
    }

    @Override
    public Optional<ReaderProfile> byId(long id) {
        return readers.byId(id).map(StoredReader::profile);
    }

    @Override
    public Optional<ReaderProfile> byHandle(String handle) {
        if (handle == null || !HANDLE.matcher(handle).matches()) {
            return Optional.empty();
        }
        return readers.byHandle(handle).map(StoredReader::profile);
    }

    @Override
    public boolean isVerified(long readerId) {
        return readers.byId(readerId).map(StoredReader::verified).orElse(false);
    }

    @Override
    public Optional<String> mailAddress(long readerId) {
        return readers.byId(readerId).filter(StoredReader::verified).map(StoredReader::email);
    }
}
