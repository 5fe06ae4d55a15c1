package it.modulistica.app.instances;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A required member of a request body is missing: 400. */
class MissingField extends ErrorResponseException {

    private final String field;

    MissingField(String field) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.field = field;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {field};
    }
}
