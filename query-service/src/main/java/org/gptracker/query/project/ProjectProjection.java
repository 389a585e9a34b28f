package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.projection.Projection;
import org.gptracker.query.projection.Stores;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The project read model: each project event turns the project row into the next ({@link ProjectRow}), and offers,
 * money flows and the presidencies' activity follow.
 */
@Component
@Order(10)
class ProjectProjection implements Projection<ProjectStore> {

    @Override
    public ProjectStore newStore(Stores earlier) {
        return new ProjectStore(earlier.keptInMemory(), earlier.talliesDeferred());
    }

    /** The project id of a project event, which must be the envelope's subject; null for other events. */
    private static String projectIdOf(GpEvent event) {
        if (event instanceof ProjectProposed e) {
            return e.projectId();
        } else if (event instanceof ProposalRevised e) {
            return e.projectId();
        } else if (event instanceof SupportOffered e) {
            return e.projectId();
        } else if (event instanceof OfferAccepted e) {
            return e.projectId();
        } else if (event instanceof OfferDeclined e) {
            return e.projectId();
        } else if (event instanceof OfferWithdrawn e) {
            return e.projectId();
        } else if (event instanceof FundingCommitted e) {
            return e.projectId();
        } else if (event instanceof FundsDisbursed e) {
            return e.projectId();
        } else if (event instanceof ProjectClosed e) {
            return e.projectId();
        }
        return null;
    }

    @Override
    public void check(GpEvent event, EventEnvelope envelope) {
        String projectId = projectIdOf(event);
        if (projectId != null) {
            ProjectRow.projectId(projectId, envelope);
        }
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope, ProjectStore store) {
        if (event instanceof ProjectProposed e) {
            ProjectRow project = ProjectRow.proposed(e, envelope);
            store.insert(project);
            store.recordActivity(project, e);
        } else if (event instanceof ProposalRevised e) {
            store.describeActivity(change(store, e.projectId(), e, envelope, p -> p.revised(e, envelope)));
        } else if (event instanceof SupportOffered e) {
            UUID projectId = change(store, e.projectId(), e, envelope, p -> p.recorded(e.projectId(), envelope)).projectId();
            store.insert(projectId, Offer.made(e, envelope));
        } else if (event instanceof OfferAccepted e) {
            decide(store, change(store, e.projectId(), e, envelope, p -> p.accepted(e, envelope)), e.offerId(),
                    OfferState.ACCEPTED, e, envelope);
        } else if (event instanceof OfferDeclined e) {
            decide(store, change(store, e.projectId(), e, envelope, p -> p.recorded(e.projectId(), envelope)), e.offerId(),
                    OfferState.DECLINED, e, envelope);
        } else if (event instanceof OfferWithdrawn e) {
            decide(store, change(store, e.projectId(), e, envelope, p -> p.recorded(e.projectId(), envelope)), e.offerId(),
                    OfferState.WITHDRAWN, e, envelope);
        } else if (event instanceof FundingCommitted e) {
            UUID projectId = change(store, e.projectId(), e, envelope, p -> p.committed(e, envelope)).projectId();
            store.insert(projectId, Flow.of(e, envelope));
        } else if (event instanceof FundsDisbursed e) {
            UUID projectId = change(store, e.projectId(), e, envelope, p -> p.recorded(e.projectId(), envelope)).projectId();
            store.insert(projectId, Flow.of(e, envelope));
        } else if (event instanceof ProjectClosed e) {
            change(store, e.projectId(), e, envelope, p -> p.closed(e, envelope));
        }
    }

    /** What every project event after the proposal does: the row changed and stored, its presidency's activity recorded. */
    private static ProjectRow change(ProjectStore store, String eventProjectId, GpEvent event, EventEnvelope envelope,
                                     UnaryOperator<ProjectRow> change) {
        ProjectRow next = change.apply(store.get(ProjectRow.projectId(eventProjectId, envelope)));
        store.update(next);
        store.recordActivity(next, event);
        return next;
    }

    private static void decide(ProjectStore store, ProjectRow project, String offerId, OfferState decision, GpEvent event,
                               EventEnvelope envelope) {
        store.decide(project.projectId(), store.offer(project.projectId(), offerId).decided(decision, event, envelope));
    }
}
