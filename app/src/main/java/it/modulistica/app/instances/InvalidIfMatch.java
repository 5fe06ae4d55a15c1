package it.modulistica.app.instances;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An If-Match header that is not an instance version: 400. */
class InvalidIfMatch extends ErrorResponseException {

    private final String value;

    InvalidIfMatch(String value) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.value = value;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {value};
    }
}
