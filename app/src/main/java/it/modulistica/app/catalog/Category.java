package it.modulistica.app.catalog;

/**
 * A category of modules as admins configured it.
 *
 * @param code     the code modules name in {@code x-module.category}
 * @param name     the name citizens read
 * @param position the place in the catalogue, from 1
 * @param icon     one of {@link CategoryStyles#ICONS}
 * @param colour   one of {@link CategoryStyles#COLOURS}
 */
public record Category(String code, String name, int position, String icon, String colour) {
}
