// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureComposer;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureExportException;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.figure.io.PdfPackWriter;
import org.hinterlandatlas.figure.pack.PackWords;
import org.hinterlandatlas.figure.pack.PrintPack;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.figure.FigureWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Exports one view, by id, as a PNG, PDF or SVG figure, painted exactly as the window's export would; or a
 * lesson as its print pack, one multi-page PDF.
 */
@Command(name = "export", mixinStandardHelpOptions = true, version = AtlasCli.VERSION, sortOptions = false,
        description = "Exports a view (see list-views) as a PNG, PDF or SVG figure, or a lesson as a PDF print pack.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption dataOption = new DataOption();

    @Option(names = "--view", description = "The id of the view, phase, event or evidence.")
    private String view;

    @Option(names = "--lesson", description = "default (the shipped lesson that follows the paper) or a .hlesson file: exports its print pack.")
    private String lesson;


    @Option(names = "--out", required = true, description = "The file to write; its folder must exist.")
    private Path out;

    @Option(names = "--format", description = "png, pdf or svg (default: from the --out extension, which it must match).")
    private String format;

    @Option(names = "--paper", defaultValue = "A4", description = "A4, A3, 16:9 or custom (default: ${DEFAULT-VALUE}).")
    private String paper;

    @Option(names = "--landscape", description = "Landscape orientation (default for 16:9).")
    private boolean landscape;

    @Option(names = "--portrait", description = "Portrait orientation (default for A4 and A3).")
    private boolean portrait;

    @Option(names = "--width-mm", description = "Page width of a custom paper, in millimetres.")
    private Double widthMm;

    @Option(names = "--height-mm", description = "Page height of a custom paper, in millimetres.")
    private Double heightMm;

    @Option(names = "--dpi", defaultValue = "300", description = "PNG resolution, 72-2400 (default: ${DEFAULT-VALUE}).")
    private int dpi;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--title", description = "The figure's title (default: the view's title).")
    private String title;

    @Option(names = "--no-title", description = "Leave out the title.")
    private boolean noTitle;

    @Option(names = "--no-legend", description = "Leave out the legend.")
    private boolean noLegend;

    @Option(names = "--no-scale-bar", description = "Leave out the scale bar.")
    private boolean noScaleBar;

    @Option(names = "--no-north-arrow", description = "Leave out the north arrow.")
    private boolean noNorthArrow;

    @Option(names = "--no-credits", description = "Leave out the sources and data credits.")
    private boolean noCredits;

    @Option(names = "--no-notice", description = "Leave out the notice 示意图，非标准地图.")
    private boolean noNotice;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            long start = System.nanoTime();
            FigureFormat figureFormat = format();
            PageSize page = page();
            Language language = UsageError.language(lang);
            if (!FigureSpec.validDpi(dpi)) {
                throw new UsageError("cli.dpiRange", String.valueOf(FigureSpec.MIN_DPI),
                        String.valueOf(FigureSpec.MAX_DPI), String.valueOf(dpi));
            }
            if ((view == null) == (lesson == null)) {
                throw new UsageError("cli.viewOrLesson");
            }
            if (lesson != null) {
                return exportPack(figureFormat, page, language, start);
            }
            CliData data = CliData.load(dataOption.files());
            MapState state = UsageError.view(view, data.atlas().content().mapStates());
            Messages messages = Messages.of(language);
            FigureSpec figureSpec = new FigureSpec(page, dpi, figureFormat, language,
                    title != null ? title : state.title().get(language), furniture());
            MapPainter painter = new MapPainter(data.style(), data.fonts());
            FigureComposer composer = new FigureComposer(painter, new LegendPainter(data.style(), painter.fonts()),
                    data.atlas().content(), data.atlas().baseMap());
            Figure figure = composer.compose(figureSpec, state, FigureWords.of(messages));
            FigureFiles.export(figure, composer.pagePainter(), out, ExportProgress.NONE);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf(Locale.ROOT, "%s: %s, %s %.0f x %.0f mm%s, %d ms%n", out, figureFormat.extension(),
                    paper, page.widthMm(), page.heightMm(), figureFormat == FigureFormat.PNG
                            ? String.format(Locale.ROOT, ", %d x %d px", page.widthPx(dpi), page.heightPx(dpi)) : "",
                    (System.nanoTime() - start) / 1_000_000);
            stdout.flush();
            return 0;
        } catch (UsageError e) {
            err.println(e.getMessage());
            return AtlasCli.USAGE;
        } catch (DataException e) {
            err.println(CliData.describe(e));
            return AtlasCli.FAILED;
        } catch (FigureExportException e) {
            err.println(UsageError.both(e.problem().zh(), e.problem().en()));
            return AtlasCli.FAILED;
        } catch (OutOfMemoryError e) {
            // The raster was refused as a whole and is gone; what is left is enough to say so.
            err.println(UsageError.message("cli.outOfMemory"));
            return AtlasCli.FAILED;
        }
    }

    private int exportPack(FigureFormat figureFormat, PageSize page, Language language, long start)
            throws UsageError, DataException, FigureExportException {
        if (figureFormat != FigureFormat.PDF) {
            throw new UsageError("cli.packFormat", figureFormat.extension());
        }
        CliData data = CliData.load(dataOption.files());
        AtlasContent content = data.atlas().content();
        Lesson chosen = chosenLesson(content);
        MapPainter painter = new MapPainter(data.style(), data.fonts());
        PrintPack pack = new PrintPack(painter, new LegendPainter(data.style(), painter.fonts()), content,
                data.atlas().baseMap());
        List<Figure> pages = pack.pages(chosen, page, new PackWords(Messages.of(language)));
        PdfPackWriter.export(pages, chosen.title().get(language), pack.pagePainter(), out, ExportProgress.NONE);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: pdf, %d pages, %s %.0f x %.0f mm, %d ms%n", out, pages.size(), paper,
                page.widthMm(), page.heightMm(), (System.nanoTime() - start) / 1_000_000);
        stdout.flush();
        return 0;
    }

    /**
     * The shipped lesson that follows the paper, or a teacher's file. A file with problems gives its valid steps,
     * and its one message (file, step, problem) is told on the error stream; a file that is no lesson at all
     * stops the export with its message.
     */
    private Lesson chosenLesson(AtlasContent content) throws DataException, UsageError {
        LessonFiles files = new LessonFiles(content);
        LessonRead read = "default".equals(lesson) ? files.readDefault(dataOption.files()) : files.read(Path.of(lesson));
        if (!read.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(read.describe(Language.ZH));
            err.println(read.describe(Language.EN));
            err.flush();
        }
        return read.lesson();
    }

    /**
     * The format given, else the one of the file name. Both given must agree: a PDF named .png would open as
     * a broken picture. A name without a figure extension takes the format given.
     */
    private FigureFormat format() throws UsageError {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        Optional<FigureFormat> named = FigureFormat.ofFileName(name);
        if (format == null) {
            return named.orElseThrow(() -> new UsageError("cli.formatFromName"));
        }
        FigureFormat given = FigureFormat.parse(format).orElseThrow(() -> new UsageError("cli.unknownFormat", format));
        if (named.isPresent() && named.get() != given) {
            throw new UsageError("cli.formatAndName", given.extension(), name);
        }
        return given;
    }

    private PageSize page() throws UsageError {
        Paper chosen = Paper.parse(paper).orElseThrow(() -> new UsageError("cli.unknownPaper", paper));
        if (landscape && portrait) {
            throw new UsageError("cli.orientation");
        }
        if (chosen != Paper.CUSTOM && (widthMm != null || heightMm != null)) {
            throw new UsageError("cli.sizeWithoutCustom");
        }
        try {
            if (chosen == Paper.CUSTOM) {
                if (widthMm == null || heightMm == null) {
                    throw new UsageError("cli.customSize");
                }
                return new PageSize(widthMm, heightMm);
            }
            return chosen.page(chosen == Paper.SLIDE_16_9 ? !portrait : landscape);
        } catch (IllegalArgumentException e) {
            throw new UsageError("cli.pageRange", String.valueOf((int) PageSize.MIN_MM),
                    String.valueOf((int) PageSize.MAX_MM));
        }
    }

    private Set<Furniture> furniture() {
        Set<Furniture> items = EnumSet.allOf(Furniture.class);
        removeIf(items, noTitle, Furniture.TITLE);
        removeIf(items, noLegend, Furniture.LEGEND);
        removeIf(items, noScaleBar, Furniture.SCALE_BAR);
        removeIf(items, noNorthArrow, Furniture.NORTH_ARROW);
        removeIf(items, noCredits, Furniture.CREDITS);
        removeIf(items, noNotice, Furniture.NOTICE);
        return items;
    }

    private static void removeIf(Set<Furniture> items, boolean leaveOut, Furniture item) {
        if (leaveOut) {
            items.remove(item);
        }
    }
}
