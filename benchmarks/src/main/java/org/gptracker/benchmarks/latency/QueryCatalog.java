package org.gptracker.benchmarks.latency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.gptracker.benchmarks.loading.GpHttp;
import org.gptracker.benchmarks.portfolio.Partnership;
import org.gptracker.events.presidency.Priority;
import org.gptracker.events.value.Member;

/**
 * The queries of DESIGN §4 that the latency table covers, with their varying inputs: filter values
 * drawn from the partnership, ids from the read model, a deep page half-way through the list, and
 * a later page of a presidency's event feed reached by following cursors.
 */
public final class QueryCatalog {

    private static final List<String> STATUSES = List.of("PROPOSED", "MATCHED", "FUNDED", "CLOSED");
    private static final List<String> AREAS = List.of("CHEMICAL", "BIOLOGICAL", "RADIOLOGICAL", "NUCLEAR", "CROSS_CUTTING");
    private static final int PAGES_TO_LATER_CURSOR = 10;

    private final GpHttp queries;
    private final Random random;
    private final List<QuerySamples.KnownProject> projects;
    private final List<Integer> years = Partnership.presidencies().stream().map(Partnership.Presidency::year).toList();
    private final List<String> notes = new ArrayList<>();

    public QueryCatalog(GpHttp queries, List<QuerySamples.KnownProject> projects, long seed) {
        this.queries = queries;
        this.projects = projects;
        this.random = new Random(seed);
    }

    /** Why a query could not be measured, found while preparing the cases. */
    public List<String> notes() {
        return notes;
    }

    public List<QueryCase> cases() {
        List<String> donors = Partnership.members().stream().map(Member::code).toList();
        List<String> priorities = Partnership.presidencies().stream()
                .flatMap(presidency -> presidency.priorities().stream()).map(Priority::code).distinct().toList();
        List<QueryCase> cases = new ArrayList<>(List.of(
                new QueryCase("projects", "GET /api/projects", () -> "/api/projects"),
                filtered("projects?status", "status", () -> pick(STATUSES)),
                filtered("projects?presidency", "presidency", () -> String.valueOf(pick(years))),
                filtered("projects?area", "area", () -> pick(AREAS)),
                filtered("projects?donor", "donor", () -> pick(donors)),
                filtered("projects?recipient", "recipient", () -> pick(projects).firstRecipient()),
                filtered("projects?priority", "priority", () -> pick(priorities)),
                filtered("projects?asOf", "asOf", () -> randomDate().toString())));
        deepPage().ifPresent(cases::add);
        cases.addAll(List.of(
                new QueryCase("project", "GET /api/projects/{id}", () -> "/api/projects/" + pick(projects).projectId()),
                new QueryCase("project?asOf", "GET /api/projects/{id}?asOf=", this::projectAsOf),
                new QueryCase("project history", "GET /api/projects/{id}/history",
                        () -> "/api/projects/" + pick(projects).projectId() + "/history"),
                new QueryCase("presidencies", "GET /api/presidencies", () -> "/api/presidencies"),
                new QueryCase("presidency", "GET /api/presidencies/{year}", () -> "/api/presidencies/" + pick(years)),
                new QueryCase("presidency?asOf", "GET /api/presidencies/{year}?asOf=", () -> {
                    int year = pick(years);
                    return "/api/presidencies/" + year + "?asOf=" + year + "-06-30";
                }),
                new QueryCase("presidency projects", "GET /api/presidencies/{year}/projects",
                        () -> "/api/presidencies/" + pick(years) + "/projects"),
                new QueryCase("presidency events", "GET /api/presidencies/{year}/events",
                        () -> "/api/presidencies/" + pick(years) + "/events")));
        laterEventPage().ifPresent(cases::add);
        return cases;
    }

    private QueryCase filtered(String name, String parameter, Supplier<String> value) {
        return new QueryCase(name, "GET /api/projects?" + parameter + "=", () -> "/api/projects?" + parameter + "=" + value.get());
    }

    private String projectAsOf() {
        QuerySamples.KnownProject project = pick(projects);
        LocalDate asOf = project.proposedOn().plusDays(random.nextInt(700));
        LocalDate last = Partnership.lastDate();
        return "/api/projects/" + project.projectId() + "?asOf=" + (asOf.isAfter(last) ? last : asOf);
    }

    /** Half-way through the unfiltered list: an offset of half the projects. */
    private Optional<QueryCase> deepPage() {
        GpHttp.Answer first = queries.get("/api/projects?size=20");
        long total = first.json().path("totalElements").asLong(-1);
        if (!first.ok() || total < 0) {
            notes.add("deep page not measured: GET /api/projects?size=20 answered " + first.status());
            return Optional.empty();
        }
        long page = Math.max(0, total / 20 / 2);
        return Optional.of(new QueryCase("projects deep page", "GET /api/projects?page=" + page + "&size=20",
                () -> "/api/projects?page=" + page + "&size=20"));
    }

    /** The page reached after following {@value #PAGES_TO_LATER_CURSOR} cursors, for a few presidencies. */
    private Optional<QueryCase> laterEventPage() {
        List<String> laterPages = new ArrayList<>();
        for (int year : List.of(2008, 2015, 2020, 2023, 2025)) {
            String path = "/api/presidencies/" + year + "/events";
            String cursor = null;
            for (int page = 0; page < PAGES_TO_LATER_CURSOR; page++) {
                GpHttp.Answer answer = queries.get(cursor == null ? path : path + "?cursor=" + cursor);
                if (!answer.ok()) {
                    notes.add("event feed page " + page + " of " + year + " answered " + answer.status() + ": " + answer.body());
                    break;
                }
                JsonNode next = answer.json().path("next");
                if (next.isNull() || next.isMissingNode()) {
                    break;
                }
                cursor = next.asText();
            }
            if (cursor != null) {
                laterPages.add(path + "?cursor=" + cursor);
            }
        }
        if (laterPages.isEmpty()) {
            notes.add("later event-feed page not measured: no presidency's feed reached a second page");
            return Optional.empty();
        }
        return Optional.of(new QueryCase("presidency events later page",
                "GET /api/presidencies/{year}/events?cursor= (page " + (PAGES_TO_LATER_CURSOR + 1) + ")", () -> pick(laterPages)));
    }

    private LocalDate randomDate() {
        return LocalDate.of(2003, 1, 1).plusDays(random.nextInt(365 * 23));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
