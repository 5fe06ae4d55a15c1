package it.modulistica.app.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller outside this package (the sign-in page, the local mailbox) whose pages use the
 * common layout, so they get its model ({@code layout}, {@code site}, {@code t}) as the pages here do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LayoutPage {
}
