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
@Command(name = "export", mixinStandardHelpOptions = true, version = AtlasCli.VERSION, sortOptions = false)
public final class ExportCommand implements Callable<Integer> {

    private static final String DEFAULT_PAPER = "A4";
    private static final String DEFAULT_DPI = "300";
    private static final String DEFAULT_LANGUAGE = "zh";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption dataOption = new DataOption();

    @Option(names = "--view", descriptionKey = "cli.help.view")
    private String view;

    @Option(names = "--lesson", descriptionKey = "cli.help.lesson")
    private String lesson;


    @Option(names = "--out", required = true, descriptionKey = "cli.help.out")
    private Path out;

    @Option(names = "--format", descriptionKey = "cli.help.format")
    private String format;

    @Option(names = "--paper", defaultValue = DEFAULT_PAPER, descriptionKey = "cli.help.paper")
    private String paper;

    @Option(names = "--landscape", descriptionKey = "cli.help.landscape")
    private boolean landscape;

    @Option(names = "--portrait", descriptionKey = "cli.help.portrait")
    private boolean portrait;

    @Option(names = "--width-mm", descriptionKey = "cli.help.widthMm")
    private Double widthMm;

    @Option(names = "--height-mm", descriptionKey = "cli.help.heightMm")
    private Double heightMm;

    @Option(names = "--dpi", defaultValue = DEFAULT_DPI, descriptionKey = "cli.help.dpi")
    private int dpi;

    @Option(names = "--lang", defaultValue = DEFAULT_LANGUAGE, descriptionKey = "cli.help.lang")
    private String lang;

    @Option(names = "--title", descriptionKey = "cli.help.title")
    private String title;

    @Option(names = "--no-title", descriptionKey = "cli.help.noTitle")
    private boolean noTitle;

    @Option(names = "--no-legend", descriptionKey = "cli.help.noLegend")
    private boolean noLegend;

    @Option(names = "--no-scale-bar", descriptionKey = "cli.help.noScaleBar")
    private boolean noScaleBar;

    @Option(names = "--no-north-arrow", descriptionKey = "cli.help.noNorthArrow")
    private boolean noNorthArrow;

    @Option(names = "--no-credits", descriptionKey = "cli.help.noCredits")
    private boolean noCredits;

    @Option(names = "--no-notice", descriptionKey = "cli.help.noNotice")
    private boolean noNotice;

    /** The command as picocli would have made it of the same arguments. */
    static ExportCommand of(PlainArguments arguments) {
        ExportCommand command = new ExportCommand();
        command.dataOption = new DataOption(arguments.path(DataOption.NAME));
        command.view = arguments.text("--view", null);
        command.lesson = arguments.text("--lesson", null);
        command.out = arguments.path("--out");
        command.format = arguments.text("--format", null);
        command.paper = arguments.text("--paper", DEFAULT_PAPER);
        command.landscape = arguments.flag("--landscape");
        command.portrait = arguments.flag("--portrait");
        command.widthMm = arguments.number("--width-mm");
        command.heightMm = arguments.number("--height-mm");
        Integer givenDpi = arguments.wholeNumber("--dpi");
        command.dpi = givenDpi != null ? givenDpi : Integer.parseInt(DEFAULT_DPI);
        command.lang = arguments.text("--lang", DEFAULT_LANGUAGE);
        command.title = arguments.text("--title", null);
        command.noTitle = arguments.flag("--no-title");
        command.noLegend = arguments.flag("--no-legend");
        command.noScaleBar = arguments.flag("--no-scale-bar");
        command.noNorthArrow = arguments.flag("--no-north-arrow");
        command.noCredits = arguments.flag("--no-credits");
        command.noNotice = arguments.flag("--no-notice");
        return command;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Exports, telling the file written on {@code stdout} and a problem on {@code err}; the exit code. */
    int run(PrintWriter stdout, PrintWriter err) {
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
                return exportPack(figureFormat, page, language, start, stdout, err);
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
            // A PNG is painted in bands, but a PDF or SVG of a huge page is held whole; what it had is gone
            // with the failed allocation, and what is left is enough to say so.
            err.println(UsageError.message("cli.outOfMemory"));
            return AtlasCli.FAILED;
        }
    }

    private int exportPack(FigureFormat figureFormat, PageSize page, Language language, long start,
            PrintWriter stdout, PrintWriter err) throws UsageError, DataException, FigureExportException {
        if (figureFormat != FigureFormat.PDF) {
            throw new UsageError("cli.packFormat", figureFormat.extension());
        }
        CliData data = CliData.load(dataOption.files());
        AtlasContent content = data.atlas().content();
        Lesson chosen = chosenLesson(content, err);
        MapPainter painter = new MapPainter(data.style(), data.fonts());
        PrintPack pack = new PrintPack(painter, new LegendPainter(data.style(), painter.fonts()), content,
                data.atlas().baseMap());
        List<Figure> pages = pack.pages(chosen, page, new PackWords(Messages.of(language)));
        PdfPackWriter.export(pages, chosen.title().get(language), pack.pagePainter(), out, ExportProgress.NONE);
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
    private Lesson chosenLesson(AtlasContent content, PrintWriter err) throws DataException, UsageError {
        LessonFiles files = new LessonFiles(content);
        LessonRead read = "default".equals(lesson) ? files.readDefault(dataOption.files()) : files.read(Path.of(lesson));
        if (!read.problems().isEmpty()) {
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
