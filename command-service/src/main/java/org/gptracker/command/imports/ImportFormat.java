package org.gptracker.command.imports;

import java.io.InputStream;
import java.util.function.Function;

/** The file formats of DESIGN §8, each with its reader. */
enum ImportFormat {
    CSV(LifecycleCsv::read),
    IATI(IatiXml::read);

    private final Function<InputStream, FileContent> reader;

    ImportFormat(Function<InputStream, FileContent> reader) {
        this.reader = reader;
    }

    FileContent read(InputStream in) {
        return reader.apply(in);
    }
}
