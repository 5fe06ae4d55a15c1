package it.modulistica.app.instances;

import it.modulistica.engine.lifecycle.InstanceQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A page below 0 or a size outside 1 to 100: 400. */
class InvalidPaging extends ErrorResponseException {

    private final int page;
    private final int size;

    InvalidPaging(int page, int size) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.page = page;
        this.size = size;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {page, size, InstanceQuery.MAX_SIZE};
    }
}
