// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** What moves along a flow arrow. */
public enum FlowKind {
    /** Government bodies, factories and institutions moved inland (the rear area, the Third Front). */
    RELOCATION,
    /** Industry transferred from the eastern coast to the hinterland today. */
    INDUSTRY_TRANSFER,
    /** Research results of the region commercialised elsewhere. */
    COMMERCIALISATION
}
