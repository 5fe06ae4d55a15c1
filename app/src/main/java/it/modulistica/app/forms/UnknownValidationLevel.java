package it.modulistica.app.forms;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The {@code level} parameter of a validation is neither {@code draft} nor {@code complete}: 400. */
class UnknownValidationLevel extends ErrorResponseException {

    private final String level;

    UnknownValidationLevel(String level) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.level = level;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {level};
    }
}
