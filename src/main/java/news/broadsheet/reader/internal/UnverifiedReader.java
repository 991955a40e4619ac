package news.broadsheet.reader.internal;

import org.springframework.security.core.AuthenticationException;

/** The password was right but the address is not confirmed yet; told only to someone who knows the password. */
class UnverifiedReader extends AuthenticationException {

    UnverifiedReader() {
        super("The e-mail address is not confirmed yet");
    }
}
