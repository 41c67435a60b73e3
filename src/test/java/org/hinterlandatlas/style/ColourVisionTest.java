// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.style;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * The legend's colours stay apart for the common colour-vision deficiencies: each pair a legend tells apart
 * by colour alone (the corridors, the node ranks and the historic sites, the city clusters) is simulated
 * for protanopia, deuteranopia and tritanopia with the severity-1.0 matrices of Machado, Oliveira and
 * Fernandes (2009, "A physiologically-based model for simulation of color vision deficiency", IEEE TVCG
 * 15(6)), applied to linear RGB, and must differ by a CIEDE2000 ΔE of at least 10 — a difference seen at a
 * glance on a legend swatch — as it must with normal vision too.
 */
class ColourVisionTest {

    private static final double MIN_DELTA_E = 10;

    private static final Map<String, double[][]> DEFICIENCIES = Map.of(
            "normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {
                    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {
                    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {
                    {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    @Test
    void everyLegendPairStaysApartUnderEachDeficiency() throws DataException {
        for (String theme : new String[] {null, "styles/map-style-dark.json", "styles/map-style-high-contrast.json"}) {
            StyleLoader loader = new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE);
            MapStyle style = theme == null ? loader.load() : loader.load(theme);
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Map<String, Color>> group : groups(style).entrySet()) {
                List<Map.Entry<String, Color>> colours = List.copyOf(group.getValue().entrySet());
                for (int i = 0; i < colours.size(); i++) {
                    for (int j = i + 1; j < colours.size(); j++) {
                        for (Map.Entry<String, double[][]> deficiency : DEFICIENCIES.entrySet()) {
                            double delta = deltaE2000(lab(simulate(colours.get(i).getValue(), deficiency.getValue())),
                                    lab(simulate(colours.get(j).getValue(), deficiency.getValue())));
                            if (delta < MIN_DELTA_E) {
                                failures.add(String.format("%s: %s and %s under %s, ΔE %.1f", group.getKey(),
                                        colours.get(i).getKey(), colours.get(j).getKey(), deficiency.getKey(), delta));
                            }
                        }
                    }
                }
            }
            assertTrue(failures.isEmpty(), (theme == null ? "light" : theme) + ": " + failures);
        }
    }

    @Test
    void theSimulationMakesRedAndGreenAlikeForDeuteranopes() {
        // the check can fail: a red and a green far apart in normal vision nearly merge
        Color red = new Color(0xd1, 0x49, 0x5b);
        Color green = new Color(0x2a, 0x8c, 0x5a);
        assertTrue(deltaE2000(lab(simulate(red, DEFICIENCIES.get("normal vision"))),
                lab(simulate(green, DEFICIENCIES.get("normal vision")))) > 50);
        assertTrue(deltaE2000(lab(simulate(red, DEFICIENCIES.get("deuteranopia"))),
                lab(simulate(green, DEFICIENCIES.get("deuteranopia")))) < MIN_DELTA_E);
    }

    /**
     * The colours a legend tells apart, by legend group. An area's swatch is its translucent fill inside its
     * outline; the outline is the opaque colour that carries the difference (the fills over the land are
     * pale by design, and are not required to differ this much on their own).
     */
    private static Map<String, Map<String, Color>> groups(MapStyle style) {
        Map<String, Map<String, Color>> groups = new LinkedHashMap<>();
        Map<String, Color> corridors = new LinkedHashMap<>();
        for (CorridorType type : CorridorType.values()) {
            corridors.put(type.name(), style.overlay().corridors().byType().get(type).color());
        }
        groups.put("corridors", corridors);
        Map<String, Color> nodes = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            nodes.put(tier.name(), style.overlay().nodes().get(tier).fill());
        }
        nodes.put("historic site", style.overlay().historicSite().fill());
        groups.put("nodes", nodes);
        Map<String, Color> clusters = new LinkedHashMap<>();
        for (ClusterRole role : ClusterRole.values()) {
            clusters.put(role.name(), style.overlay().clusters().get(role).outline());
        }
        groups.put("clusters", clusters);
        return groups;
    }

    /** The colour as seen with the deficiency, in linear RGB. */
    private static double[] simulate(Color colour, double[][] matrix) {
        double[] linear = {linear(colour.getRed()), linear(colour.getGreen()), linear(colour.getBlue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += matrix[i][j] * linear[j];
            }
            seen[i] = Math.max(0, Math.min(1, sum));
        }
        return seen;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1 = hueDegrees(lab1[2], a1);
        double h2 = hueDegrees(lab2[2], a2);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2
                : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cpMean, 7) / (Math.pow(cpMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }

    private static double hueDegrees(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}
