package org.gptracker.query.web;

import org.gptracker.web.RequestValidationException;
import org.gptracker.events.value.CbrnArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class QueryParametersTest {

    @Test
    void goodValuesAreReadAndAbsentOnesAreNull() {
        QueryParameters parameters = new QueryParameters();

        assertThat(parameters.oneOf("area", "NUCLEAR", CbrnArea.class)).isEqualTo(CbrnArea.NUCLEAR);
        assertThat(parameters.country("donor", "JP")).isEqualTo("JP");
        assertThat(parameters.date("asOf", "2023-12-31")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(parameters.code("priority", "BIOSECURITY_AFRICA")).isEqualTo("BIOSECURITY_AFRICA");
        assertThat(parameters.integer("size", "200", 1, 200)).isEqualTo(200);
        assertThat(parameters.integer("page", null, 0, 10)).isNull();
        parameters.check();
    }

    @Test
    void everyBadParameterIsListedInOneRefusal() {
        QueryParameters parameters = new QueryParameters();
        parameters.oneOf("area", "ATOMIC", CbrnArea.class);
        parameters.country("donor", "XX");
        parameters.country("recipient", "ua");
        parameters.date("asOf", "2023-13-01");
        parameters.code("priority", "bio security");
        parameters.integer("size", "0", 1, 200);
        parameters.integer("page", "-1", 0, 10);

        assertThatThrownBy(parameters::check).asInstanceOf(type(RequestValidationException.class))
                .extracting(RequestValidationException::errors).asList()
                .extracting("field").containsExactly("area", "donor", "recipient", "asOf", "priority", "size", "page");
    }
}
