package cn.gongkai.config;

/**
 * Bad input or a bad environment that the person at the keyboard can fix. Its message is one
 * line, shown as it is (no stack trace) and exits with status 1.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
