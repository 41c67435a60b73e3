// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** The units a key figure may be stated in; their names in both languages are interface strings. */
public enum StatUnit {
    YI_YUAN, WAN_YI_YUAN, PERCENT, CATEGORIES, WAN_PEOPLE, PEOPLE, FIRMS, CLUSTERS, COUNTRIES_REGIONS, PORTS,
    WAN_TRAINS, CITIES
}
