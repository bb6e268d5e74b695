package org.reggraph.extract;

import org.reggraph.model.Modality;

/**
 * The words that give a clause its deontic force ("shall not", "is authorized to", "should").
 *
 * @param start       index of the cue in the normalized clause
 * @param end         index just after the cue, where the action usually begins
 * @param bearerAfter true when the bearer follows the cue ("directs the Secretary to", "no person may")
 */
record DeonticCue(Modality modality, int start, int end, boolean bearerAfter) {
}
