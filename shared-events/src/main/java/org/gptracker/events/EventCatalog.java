package org.gptracker.events;

import org.gptracker.events.audit.ActorErased;
import org.gptracker.events.audit.DigestPublished;
import org.gptracker.events.membership.MemberAdmitted;
import org.gptracker.events.membership.MemberReinstated;
import org.gptracker.events.membership.MemberSuspended;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.project.SupportOffered;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type of the contract, by its wire name. Adding an event means listing it here. */
public final class EventCatalog {

    private static final List<Class<? extends GpEvent>> EVENT_CLASSES = List.of(
            PresidencyOpened.class,
            PriorityDeclared.class,
            PresidencyClosed.class,
            ChairHandedOver.class,
            MemberAdmitted.class,
            MemberSuspended.class,
            MemberReinstated.class,
            ProjectProposed.class,
            ProposalRevised.class,
            SupportOffered.class,
            OfferAccepted.class,
            OfferDeclined.class,
            OfferWithdrawn.class,
            FundingCommitted.class,
            FundsDisbursed.class,
            ProjectClosed.class,
            DigestPublished.class,
            ActorErased.class
    );

    private static final EventCatalog STANDARD = new EventCatalog(EVENT_CLASSES);

    private final Map<String, Entry> byWireType = new LinkedHashMap<>();
    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    /**
     * One event type: its versionless name, its version, its aggregate type and its Java record.
     * The wire type is {@code name + ".v" + version}.
     */
    public record Entry(String name, int version, String aggregateType, Class<? extends GpEvent> eventClass) {
        public String wireType() {
            return name + ".v" + version;
        }
    }

    private EventCatalog(List<Class<? extends GpEvent>> classes) {
        for (Class<? extends GpEvent> eventClass : classes) {
            EventType type = eventClass.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalStateException(eventClass.getName() + " has no @EventType");
            }
            Entry entry = new Entry(type.name(), type.version(), type.aggregate(), eventClass);
            if (byWireType.putIfAbsent(entry.wireType(), entry) != null) {
                throw new IllegalStateException("two event classes claim " + entry.wireType());
            }
            byClass.put(eventClass, entry);
        }
    }

    public static EventCatalog standard() {
        return STANDARD;
    }

    public Optional<Entry> byWireType(String wireType) {
        return Optional.ofNullable(byWireType.get(wireType));
    }

    public Entry of(Class<?> eventClass) {
        return find(eventClass).orElseThrow(
                () -> new IllegalArgumentException(eventClass.getName() + " is not an event of the contract"));
    }

    public Optional<Entry> find(Class<?> eventClass) {
        return Optional.ofNullable(byClass.get(eventClass));
    }

    public Collection<Entry> entries() {
        return byWireType.values();
    }
}
