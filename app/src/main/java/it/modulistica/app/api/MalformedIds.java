package it.modulistica.app.api;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Tells a malformed id in the address (a resource that cannot exist) from a malformed query parameter. */
public final class MalformedIds {

    private MalformedIds() {
    }

    /** Whether the value that failed to convert is a path variable, such as the UUID of an instance. */
    public static boolean inPath(TypeMismatchException ex) {
        return ex instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
    }
}
