package it.modulistica.app.forms;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No published module has the requested code: 404, with its message from the bundle. */
class FormNotFound extends ErrorResponseException {

    private final String code;

    FormNotFound(String code) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null);
        this.code = code;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {code};
    }
}
