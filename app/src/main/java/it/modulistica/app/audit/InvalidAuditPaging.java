package it.modulistica.app.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A page below 0 or a size outside 1 to {@value AuditQuery#MAX_SIZE}: 400. */
class InvalidAuditPaging extends ErrorResponseException {

    private final int page;
    private final int size;

    InvalidAuditPaging(int page, int size) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
        this.page = page;
        this.size = size;
    }

    @Override
    public Object[] getDetailMessageArguments() {
        return new Object[] {page, size, AuditQuery.MAX_SIZE};
    }
}
