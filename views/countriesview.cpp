#include "countriesview.h"

#include "actormodel.h"
#include "annotationpanel.h"
#include "atlascontext.h"
#include "category.h"
#include "countrystatsrepository.h"
#include "deferredrefresh.h"
#include "exportdialog.h"
#include "figuretext.h"
#include "formatter.h"
#include "itemrepository.h"
#include "slidestate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Atlas {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Searches both languages and the id at once.
class ActorSearchProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setNeedle(const QString &needle)
    {
        m_needle = needle.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, ActorModel::NameColumn, parent);
        const QString id = index.data(ActorModel::IdRole).toString();
        return index.data().toString().contains(m_needle, Qt::CaseInsensitive)
            || id.contains(m_needle, Qt::CaseInsensitive)
            || index.data(Qt::ToolTipRole).toString().contains(m_needle, Qt::CaseInsensitive);
    }

private:
    QString m_needle;
};
} // namespace

CountriesView::CountriesView(AtlasContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new ActorModel(this);
    m_model->setDirectory(context->actors());
    m_model->setLanguage(context->language());
    auto *proxy = new ActorSearchProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    m_search = new QLineEdit(left);
    m_search->setClearButtonEnabled(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    m_export = new QToolButton(left);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_export, &QToolButton::clicked, this, &CountriesView::showExportDialog);
    searchRow->addWidget(m_export);
    leftLayout->addLayout(searchRow);
    m_list = new QTableView(left);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ActorModel::ItemCountColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ActorModel::NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ActorModel::KindColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ActorModel::ItemCountColumn, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_list, 1);

    // The profile above, the user's star and note on it below.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_profile = new QTextBrowser(right);
    m_profile->setOpenLinks(false);
    rightLayout->addWidget(m_profile, 1);
    m_annotation = new AnnotationPanel(context, AnnotationPanel::Subject::Profile, right);
    rightLayout->addWidget(m_annotation);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_search, &QLineEdit::textChanged, this, [proxy](const QString &t) { proxy->setNeedle(t); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_actorId = current.data(ActorModel::IdRole).toString();
        m_context->selectActor(m_actorId);
        renderProfile();
    });
    connect(m_profile, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"item")
            m_context->selectItem(url.path());
        else if (url.scheme() == u"actor")
            showActor(url.path());
    });
    connect(context, &AtlasContext::languageChanged, this, [this](Language l) {
        m_model->setLanguage(l);
        renderProfile();
    });
    connect(context, &AtlasContext::filterChanged, new DeferredRefresh(this, [this] { renderProfile(); }),
            &DeferredRefresh::request);
    retranslateUi();
}

bool CountriesView::showActor(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_search->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ActorModel::NameColumn));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_actorId = id;
    renderProfile();
    return true;
}

QString CountriesView::profileHtml() const
{
    return m_profile->toHtml();
}

void CountriesView::renderProfile()
{
    const ActorDirectory *directory = m_context->actors();
    const ActorDirectory::Actor *a = directory->actor(m_actorId);
    m_annotation->setTarget(a ? QStringLiteral("actor") : QString(), a ? m_actorId : QString());
    if (!a) {
        m_profile->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(esc(tr("Choose a country, organisation or company on the left."))));
        return;
    }
    const Language l = m_context->language();
    ItemRepository repository(m_context->database()->connection());
    CountryStatsRepository stats(m_context->database()->connection());
    ItemFilter filter = m_context->filter();
    filter.actors = { a->id };
    const auto link = [directory, l](const QString &id) {
        return QStringLiteral("<a href='actor:%1'>%2</a>").arg(esc(id), esc(directory->name(id, l)));
    };
    QString h = QStringLiteral("<h1>%1</h1><p style='color:gray'>%2 · %3</p>")
                    .arg(esc(a->name(l)), esc(actorKindName(a->kind)), esc(a->id));
    if (!a->country.isEmpty() && a->country != a->id)
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Home country:")), link(a->country));
    if (!a->parent.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Part of:")), link(a->parent));
    const QString profile = pickText(l, a->profileKo, a->profileEn);
    if (!profile.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Policy overview")), esc(profile));
    const QString note = pickText(l, a->noteKo, a->noteEn);
    if (!note.isEmpty())
        h += QStringLiteral("<p style='color:gray'><i>%1</i></p>").arg(esc(note));
    if (!a->members.isEmpty()) {
        QStringList names;
        for (const QString &m : a->members)
            names << (directory->contains(m) ? link(m) : esc(m));
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Members (%1)").arg(a->members.size())), names.join(QStringLiteral(", ")));
    }
    QStringList memberOf;
    for (const ActorDirectory::Actor &o : directory->actors()) {
        if (o.members.contains(a->id))
            memberOf << link(o.id);
    }
    if (!memberOf.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Member of:")), memberOf.join(QStringLiteral(", ")));

    h += QStringLiteral("<h3>%1</h3><table cellspacing='6'>").arg(esc(tr("Items by category (after filters)")));
    for (int i = 0; i < CategoryCount; ++i) {
        ItemFilter f = filter;
        const QString cat = categoryId(Category(i));
        if (!f.categories.isEmpty() && !f.categories.contains(cat))
            continue;
        f.categories = { cat };
        h += QStringLiteral("<tr><td><span style='color:%1'>■</span> %2</td><td align='right'>%3</td></tr>")
                 .arg(categoryColor(Category(i)).name(), esc(categoryName(Category(i))))
                 .arg(repository.count(f));
    }
    h += QStringLiteral("</table>");
    h += timelineHtml(stats.yearlyCounts(a->id, m_context->filter()));

    const QStringList subnationals = directory->subnationalsOf(a->id);
    if (!subnationals.isEmpty()) {
        QStringList links;
        for (const QString &s : subnationals)
            links << link(s);
        h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Regions")), links.join(QStringLiteral(", ")));
    }
    // Companies and institutes based here, the busiest first.
    QList<const ActorDirectory::Actor *> companies;
    for (const ActorDirectory::Actor &c : directory->actors()) {
        if ((c.kind == u"company" || c.kind == u"institute") && c.country == a->id)
            companies << &c;
    }
    if (!companies.isEmpty()) {
        std::sort(companies.begin(), companies.end(), [](const auto *x, const auto *y) {
            return x->itemCount != y->itemCount ? x->itemCount > y->itemCount : x->id < y->id;
        });
        QStringList links;
        for (const ActorDirectory::Actor *c : std::as_const(companies))
            links << QStringLiteral("%1 <span style='color:gray'>(%2)</span>").arg(link(c->id)).arg(c->itemCount);
        h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                 .arg(esc(tr("Related companies and institutes (%1)").arg(companies.size())), links.join(QStringLiteral(", ")));
    }
    const auto figures = stats.figuresOf(a->id);
    if (!figures.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(esc(tr("Figures")));
        for (const auto &f : figures) {
            h += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td><td style='color:gray'>%3</td></tr>")
                     .arg(esc(pickText(l, f.metricKo, f.metricEn)), esc(figureValueText(f, l)), esc(f.period));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Latest items")));
    const auto rows = repository.rows(filter, ItemRepository::SortKey::Date, Qt::DescendingOrder, 0, 15);
    for (const auto &r : rows) {
        h += QStringLiteral("<li><span style='color:%1'>■</span> %2 · <a href='item:%3'>%4</a></li>")
                 .arg(categoryColorForId(r.category).name(), esc(Formatter::date(r.date, l)), esc(r.id),
                      esc(pickText(l, r.titleKo, r.titleEn)));
    }
    if (rows.isEmpty())
        h += QStringLiteral("<li style='color:gray'>%1</li>").arg(esc(tr("No items match the filters.")));
    h += QStringLiteral("</ul>");
    m_profile->setHtml(h);
}

// Items per year as a small stacked bar per row, coloured by category: the profile's "over time".
QString CountriesView::timelineHtml(const QMap<int, std::array<int, 4>> &years) const
{
    if (years.isEmpty())
        return {};
    int max = 1;
    for (const auto &c : years)
        max = std::max(max, c[0] + c[1] + c[2] + c[3]);
    constexpr int kBarWidth = 240;
    QString h = QStringLiteral("<h3>%1</h3><table cellspacing='2' cellpadding='1'>").arg(esc(tr("Items by year")));
    h += QStringLiteral("<tr><td></td><td>");
    for (int i = 0; i < CategoryCount; ++i)
        h += QStringLiteral("<span style='color:%1'>■</span> %2&nbsp;&nbsp;")
                 .arg(categoryColor(Category(i)).name(), esc(categoryName(Category(i))));
    h += QStringLiteral("</td></tr>");
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        const auto &c = it.value();
        const int total = c[0] + c[1] + c[2] + c[3];
        h += QStringLiteral("<tr><td align='right'>%1</td><td><table cellspacing='0' cellpadding='0'><tr>").arg(it.key());
        for (int i = 0; i < CategoryCount; ++i) {
            if (c[i] == 0)
                continue;
            const int w = std::max(2, c[i] * kBarWidth / max);
            h += QStringLiteral("<td width='%1' bgcolor='%2' style='font-size:6pt'>&nbsp;</td>")
                     .arg(w)
                     .arg(categoryColor(Category(i)).name());
        }
        h += QStringLiteral("<td>&nbsp;%1</td></tr></table></td></tr>").arg(total);
    }
    h += QStringLiteral("</table>");
    return h;
}

ExportContent CountriesView::exportContent() const
{
    ExportContent content;
    content.fileName = QStringLiteral("countries");
    content.slide.spec.title = tr("Countries, organisations and companies");
    const QString count = tr("%n actor(s), by number of items", nullptr, m_proxy->rowCount());
    const QString filters = SlideState::filterSummary(m_context, m_context->filter());
    content.slide.spec.subtitle = filters.isEmpty() ? count : tr("%1 · Filtered: %2").arg(count, filters);
    content.slide.spec.sourceLine = SlideState::sourceLine(m_context);
    content.slide.body = ExportDialog::tablePainter(m_proxy);
    content.table = m_proxy; // as listed: the search and the sort order apply
    return content;
}

void CountriesView::showExportDialog()
{
    ExportDialog::run(exportContent(), this, ExportDialog::Format::Xlsx);
}

void CountriesView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a country, organisation or company"));
    m_search->setAccessibleName(tr("Find actor"));
    m_list->setAccessibleName(tr("Countries, organisations and companies"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export the list as CSV, Excel or an image"));
    m_profile->setAccessibleName(tr("Profile"));
    renderProfile();
}

void CountriesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Atlas
