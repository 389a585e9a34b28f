package org.gptracker.command.project;

import org.gptracker.command.Refusal;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.events.value.Member;

import java.util.HashMap;
import java.util.Map;

/** The offers made to one project and what became of each; a donor with an accepted offer is a partner. */
final class Offers {

    enum State { OPEN, ACCEPTED, DECLINED, WITHDRAWN }

    record Offer(String offerId, Member donor, State state) {
    }

    private final Map<String, Offer> byId = new HashMap<>();

    boolean contains(String offerId) {
        return byId.containsKey(offerId);
    }

    /** The open offer with this id; refuses when there is none or it is already settled. */
    Offer open(String offerId) {
        Offer offer = byId.get(offerId);
        if (offer == null) {
            throw new CommandRefusedException(Refusal.OFFER_NOT_FOUND, "This project has no offer " + offerId + ".");
        }
        if (offer.state() != State.OPEN) {
            throw new CommandRefusedException(Refusal.OFFER_NOT_OPEN,
                    "Offer " + offerId + " is no longer open: it was " + offer.state().name().toLowerCase() + ".");
        }
        return offer;
    }

    boolean isPartner(Member donor) {
        return byId.values().stream().anyMatch(offer -> offer.state() == State.ACCEPTED && offer.donor().equals(donor));
    }

    void offered(String offerId, Member donor) {
        byId.put(offerId, new Offer(offerId, donor, State.OPEN));
    }

    void settled(String offerId, State state) {
        byId.computeIfPresent(offerId, (id, offer) -> new Offer(id, offer.donor(), state));
    }
}
