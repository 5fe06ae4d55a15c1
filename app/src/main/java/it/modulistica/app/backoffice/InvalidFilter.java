package it.modulistica.app.backoffice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A back-office filter, sort, paging or format parameter with a value it cannot take: 400 naming it. */
public class InvalidFilter extends ErrorResponseException {

    private final String parameter;
    private final String value;
    private final String allowed;

    public InvalidFilter(String parameter, Object value, String allowed) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.parameter = parameter;
        this.value = String.valueOf(value);
        this.allowed = allowed;
        getBody().setProperty("parameter", parameter);
    }

    /** The request parameter at fault ({@code tab}, {@code sort} ...). */
    public String parameter() {
        return parameter;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {parameter, value, allowed};
    }
}
