package org.gptracker.reference;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.shipped();

    @Test
    void the31MembersIncludeTheEuropeanUnionAndASuspendedRussia() {
        assertThat(data.members()).hasSize(31);
        assertThat(data.members()).extracting(ReferenceData.Member::code).contains("EU", "KR", "GE", "JO").doesNotHaveDuplicates();
        ReferenceData.Member russia = data.members().stream().filter(member -> member.code().equals("RU")).findFirst().orElseThrow();
        assertThat(russia.admittedOn().getYear()).isEqualTo(2002);
        assertThat(russia.suspendedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void everyPresidencyFrom2002To2025HasItsChairAnd2014ChangedHandsInJune() {
        assertThat(data.presidencies()).extracting(ReferenceData.Presidency::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2002, 2025).boxed().toList());
        assertThat(data.presidencies()).extracting(ReferenceData.Presidency::chair).containsExactly(
                "CA", "FR", "US", "GB", "RU", "DE", "JP", "IT", "CA", "FR", "US", "GB", "RU", "DE", "JP", "IT", "CA", "FR", "US",
                "GB", "DE", "JP", "IT", "CA");
        ReferenceData.Presidency y2014 = data.presidencies().get(12);
        assertThat(y2014.handedOverTo()).isEqualTo("DE");
        assertThat(y2014.handedOverOn()).isEqualTo(LocalDate.of(2014, 6, 1));
    }

    @Test
    void thePrioritiesOf2023And2024AreKnown() {
        assertThat(data.prioritiesOf(2023)).extracting(ReferenceData.Priority::code)
                .containsExactly("UNSCR_1540_INDO_PACIFIC", "UKRAINE", "BIOSECURITY_AFRICA");
        assertThat(data.prioritiesOf(2023).get(2).title()).contains("Signature Initiative to Mitigate Biological Threats in Africa");
        assertThat(data.prioritiesOf(2024)).extracting(ReferenceData.Priority::code).containsExactly("BIOSECURITY_AFRICA",
                "CHEMICAL_SECURITY_CLIMATE", "EMERGING_TECHNOLOGIES", "COUNTER_PROLIFERATION_FINANCING");
    }

    @Test
    void aMemberIsInGoodStandingFromItsAdmissionUntilItsSuspension() {
        assertThat(data.inGoodStanding("RU", LocalDate.of(2014, 1, 1))).isTrue();
        assertThat(data.inGoodStanding("RU", LocalDate.of(2022, 3, 1))).isFalse();
        assertThat(data.inGoodStanding("EU", LocalDate.of(2002, 6, 27))).isTrue();
        assertThat(data.inGoodStanding("GE", LocalDate.of(2013, 6, 16))).isFalse();
        assertThat(data.inGoodStanding("XX", LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void eachDayFromTheFoundingBelongsToOnePresidency() {
        assertThat(data.presidencyOn(LocalDate.of(2002, 6, 26))).isEmpty();
        assertThat(data.presidencyOn(LocalDate.of(2002, 6, 27))).map(ReferenceData.Presidency::year).contains(2002);
        assertThat(data.presidencyOn(LocalDate.of(2014, 7, 1))).map(ReferenceData.Presidency::year).contains(2014);
        assertThat(data.presidencyOn(LocalDate.of(2026, 1, 1))).isEmpty();
        for (ReferenceData.Presidency presidency : data.presidencies()) {
            assertThat(data.inGoodStanding(presidency.chair(), presidency.startsOn())).as("chair of " + presidency.year()).isTrue();
        }
    }
}
