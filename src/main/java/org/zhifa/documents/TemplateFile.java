package org.zhifa.documents;

/**
 * A template file as an administrator hands it in: from the templates folder or by REST.
 *
 * @param name       the template's name, the file name without {@code .html}: a document kind's key, or a file of
 *                   shared fragments starting with {@code _}
 * @param agencyCode the agency whose own template this is; empty for the template every agency uses
 * @param fileName   where it came from, for messages
 */
public record TemplateFile(String name, String agencyCode, String fileName, byte[] content) {
}
