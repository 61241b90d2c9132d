#include "networkpage.h"

#include "projectdocument.h"
#include "uiutil.h"

#include "core/net/httpclient.h"
#include "core/project/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Envdesk::Ui {

using namespace Envdesk::Core;

namespace {

// The per-index keys this page edits, each with its line edit or control.
const char *const kCaBundle = "ca-bundle";
const char *const kClientCert = "client-cert";
const char *const kClientKey = "client-key";
const char *const kVerify = "verify";
const char *const kMinTls = "min-tls";
const char *const kProxy = "proxy";

QString certificateText(const QSslCertificate &c)
{
    const QString subject = c.subjectDisplayName();
    const QString issuer = c.issuerDisplayName();
    const QDateTime expiry = c.expiryDate();
    const bool expired = expiry < QDateTime::currentDateTimeUtc();
    return NetworkPage::tr("Subject: %1 · Issuer: %2 · %3")
        .arg(subject, issuer,
             expired ? NetworkPage::tr("EXPIRED on %1").arg(expiry.toString(Qt::ISODate))
                     : NetworkPage::tr("valid until %1").arg(expiry.toString(Qt::ISODate)));
}

} // namespace

NetworkPage::NetworkPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_machine(new QStandardItemModel(0, 3, this))
{
    m_machine->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("From")});
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;

    auto *perIndex = new QGroupBox(tr("Per index: certificates, TLS and proxy"), this);
    auto *form = new QFormLayout(perIndex);
    auto named = [&](QWidget *w, const char *name, const QString &label) {
        w->setObjectName(QString::fromLatin1(name));
        w->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *l = new QLabel(label, perIndex);
        l->setBuddy(w);
        return l;
    };
    m_index = new QComboBox(perIndex);
    form->addRow(named(m_index, "networkIndex", tr("&Index:")), m_index);
    auto fileRow = [&](QLineEdit *&edit, const char *name, const QString &label, const QString &title,
                       const QString &filter) {
        edit = new QLineEdit(perIndex);
        edit->setPlaceholderText(tr("(not set)"));
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse…"), perIndex);
        browse->setAccessibleName(tr("Choose a file for %1").arg(QString(label).remove(QLatin1Char('&'))));
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(named(edit, name, label), row);
        QLineEdit *target = edit;
        connect(browse, &QPushButton::clicked, this, [this, target, title, filter] {
            const QString path = pickFile(title, filter);
            if (!path.isEmpty()) {
                target->setText(path);
                Q_EMIT target->editingFinished();
            }
        });
    };
    fileRow(m_caBundle, "networkCaBundle", tr("&CA bundle:"), tr("CA certificates to trust for this index"),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    fileRow(m_clientCert, "networkClientCert", tr("C&lient certificate:"), tr("Client certificate"),
            tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    m_certInfo = new QLabel(perIndex);
    m_certInfo->setObjectName(QStringLiteral("networkCertInfo"));
    m_certInfo->setWordWrap(true);
    m_certInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_certInfo);
    fileRow(m_clientKey, "networkClientKey", tr("Client &key:"), tr("Client key"),
            tr("PEM keys (*.pem *.key);;All files (*)"));
    m_verify = new QCheckBox(tr("Check the server's certificate"), perIndex);
    form->addRow(named(m_verify, "networkVerify", tr("&Verify:")), m_verify);
    m_minTls = new QComboBox(perIndex);
    m_minTls->addItem(tr("Default (TLS 1.2)"), QString());
    for (const char *v : {"1.0", "1.1", "1.2", "1.3"})
        m_minTls->addItem(tr("TLS %1").arg(QLatin1String(v)), QString::fromLatin1(v));
    form->addRow(named(m_minTls, "networkMinTls", tr("&Minimum TLS:")), m_minTls);
    m_proxy = new QLineEdit(perIndex);
    m_proxy->setPlaceholderText(tr("the environment's proxy; or http://proxy:3128, or none"));
    form->addRow(named(m_proxy, "networkProxy", tr("&Proxy:")), m_proxy);
    left->addWidget(perIndex);

    auto *insecureBox = new QGroupBox(tr("Hosts whose certificates are not checked (allow-insecure-host)"), this);
    auto *insecureLayout = new QVBoxLayout(insecureBox);
    auto *warning = new QLabel(tr("Anyone on the network path to these hosts can pose as them and serve you any "
                                  "package. Prefer trusting the host's CA (above)."),
                               insecureBox);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #c08000"));
    insecureLayout->addWidget(warning);
    m_insecure = new QListWidget(insecureBox);
    m_insecure->setObjectName(QStringLiteral("insecureHosts"));
    m_insecure->setAccessibleName(tr("Insecure hosts"));
    m_insecure->setMaximumHeight(90);
    insecureLayout->addWidget(m_insecure);
    auto *hostRow = new QHBoxLayout;
    m_insecureHost = new QLineEdit(insecureBox);
    m_insecureHost->setObjectName(QStringLiteral("insecureHostEdit"));
    m_insecureHost->setPlaceholderText(tr("host or host:port"));
    m_insecureHost->setAccessibleName(tr("Host to add"));
    auto *addHost = new QPushButton(tr("A&dd"), insecureBox);
    addHost->setObjectName(QStringLiteral("addInsecureHost"));
    auto *removeHost = new QPushButton(tr("R&emove"), insecureBox);
    removeHost->setObjectName(QStringLiteral("removeInsecureHost"));
    hostRow->addWidget(m_insecureHost, 1);
    hostRow->addWidget(addHost);
    hostRow->addWidget(removeHost);
    insecureLayout->addLayout(hostRow);
    left->addWidget(insecureBox);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    left->addStretch();
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *machineBox = new QGroupBox(tr("Machine-wide (environment and user settings)"), this);
    auto *machineLayout = new QVBoxLayout(machineBox);
    m_systemCerts = new QCheckBox(tr("Also trust the &system's certificate store (native-tls)"), machineBox);
    m_systemCerts->setObjectName(QStringLiteral("systemCerts"));
    machineLayout->addWidget(m_systemCerts);
    auto *table = makeTable(m_machine, QStringLiteral("networkMachineView"), machineBox);
    table->setAccessibleName(tr("Machine-wide certificate and proxy settings"));
    machineLayout->addWidget(table, 1);
    right->addWidget(machineBox, 1);
    layout->addLayout(right, 1);

    connect(m_index, &QComboBox::currentIndexChanged, this, &NetworkPage::fillIndex);
    const std::pair<QLineEdit *, const char *> texts[] = {
        {m_caBundle, kCaBundle}, {m_clientCert, kClientCert}, {m_clientKey, kClientKey}, {m_proxy, kProxy}};
    for (const auto &[edit, key] : texts) {
        QLineEdit *e = edit;
        const QString k = QString::fromLatin1(key);
        connect(e, &QLineEdit::editingFinished, this, [this, e, k] {
            if (!m_filling)
                setIndexValue(k, e->text().trimmed());
        });
    }
    connect(m_clientCert, &QLineEdit::textChanged, this, &NetworkPage::describeCertificate);
    connect(m_verify, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling)
            setIndexValue(QString::fromLatin1(kVerify), on ? QString() : QStringLiteral("false"));
    });
    connect(m_minTls, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_filling)
            setIndexValue(QString::fromLatin1(kMinTls), m_minTls->itemData(i).toString());
    });
    connect(addHost, &QPushButton::clicked, this, [this] { addInsecureHost(m_insecureHost->text()); });
    connect(m_insecureHost, &QLineEdit::returnPressed, addHost, &QPushButton::click);
    connect(removeHost, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_insecure->currentItem();
        if (!item)
            return;
        const std::string host = item->text().toStdString();
        auto done = m_document->edit(tr("Remove insecure host"), [&](PyProject &p) { return p.removeInsecureHost(host); });
        if (!done)
            setErrorText(m_status, done.error().message, done.error().hint);
    });
    connect(m_systemCerts, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        auto done = m_document->edit(tr("System certificates"), [&](PyProject &p) {
            // The key the file already uses, else uv's long-standing name.
            const std::string key = p.uvSetting("system-certs") ? "system-certs" : "native-tls";
            return on ? p.setUvSetting(key, TomlValue::booleanValue(true))
                      : (p.uvSetting(key) ? p.unsetUvSetting(key) : Expected<void>{});
        });
        if (!done)
            setErrorText(m_status, done.error().message, done.error().hint);
    });
    connect(m_document, &ProjectDocument::changed, this, &NetworkPage::refresh);
    refresh();
}

QString NetworkPage::projectRelative(const QString &path) const
{
    const QString dir = m_document->directory();
    const QString relative = QDir(dir).relativeFilePath(path);
    return relative.startsWith(QLatin1String("..")) ? path : relative;
}

QString NetworkPage::pickFile(const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, title, m_document->directory(), filter);
    return path.isEmpty() ? QString() : projectRelative(path);
}

void NetworkPage::refresh()
{
    m_filling = true;
    const QString current = m_index->currentText();
    m_index->clear();
    m_insecure->clear();
    m_machine->removeRows(0, m_machine->rowCount());
    if (m_document->isOpen()) {
        const PyProject &p = m_document->project();
        for (const IndexConfig &c : p.indexes()) {
            if (!c.name.empty())
                m_index->addItem(QString::fromStdString(c.name));
        }
        if (const TomlValue *hosts = p.uvSetting("allow-insecure-host")) {
            for (const TomlValue &h : hosts->array)
                m_insecure->addItem(QString::fromStdString(h.text));
        }
        const TomlValue *system = p.uvSetting("system-certs");
        if (!system)
            system = p.uvSetting("native-tls");
        m_systemCerts->setChecked(system && system->isBoolean() && system->boolean);
        // What applies from outside the file (SSL_CERT_FILE, HTTPS_PROXY, ...), with its origin.
        SettingsInputs inputs;
        inputs.projectDir = m_document->directory();
        if (auto settings = resolveSettings(inputs)) {
            for (const char *key : {"ssl-cert-file", "ssl-cert-dir", "ssl-client-cert", "system-certs", "http-proxy",
                                    "https-proxy", "no-proxy"}) {
                const Setting *s = settings->find(key);
                QString value = tr("(not set)");
                QString from;
                if (s && s->isSet()) {
                    QStringList values;
                    for (const SettingItem &item : s->items)
                        values << redactedUrl(QUrl(QString::fromStdString(item.value)));
                    value = values.join(QLatin1String(", "));
                    from = s->items.front().from.toString();
                }
                m_machine->appendRow({new QStandardItem(QString::fromLatin1(key)), new QStandardItem(value),
                                      new QStandardItem(from)});
            }
        }
    }
    const int keep = m_index->findText(current);
    m_index->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = false;
    fillIndex();
}

void NetworkPage::fillIndex()
{
    m_filling = true;
    const QString name = m_index->currentText();
    const bool has = !name.isEmpty() && m_document->isOpen();
    for (QWidget *w : std::initializer_list<QWidget *>{m_caBundle, m_clientCert, m_clientKey, m_verify, m_minTls, m_proxy})
        w->setEnabled(has);
    const TomlValue *settings = nullptr;
    if (has) {
        if (const TomlValue *all = m_document->project().envdeskSetting("index"))
            settings = all->find(name.toStdString());
    }
    auto text = [settings](const char *key) {
        const TomlValue *v = settings ? settings->find(key) : nullptr;
        return v && v->isString() ? QString::fromStdString(v->text) : QString();
    };
    m_caBundle->setText(text(kCaBundle));
    m_clientCert->setText(text(kClientCert));
    m_clientKey->setText(text(kClientKey));
    m_proxy->setText(text(kProxy));
    const TomlValue *verify = settings ? settings->find(kVerify) : nullptr;
    m_verify->setChecked(!(verify && verify->isBoolean() && !verify->boolean));
    const int tls = m_minTls->findData(text(kMinTls));
    m_minTls->setCurrentIndex(tls >= 0 ? tls : 0);
    m_filling = false;
    describeCertificate();
}

void NetworkPage::selectIndex(const QString &name)
{
    m_index->setCurrentText(name);
}

bool NetworkPage::setIndexValue(const QString &key, const QString &value)
{
    const std::string name = m_index->currentText().toStdString();
    if (name.empty())
        return false;
    const std::string k = key.toStdString();
    auto done = m_document->edit(tr("Set %1 for %2").arg(key, QString::fromStdString(name)), [&](PyProject &p) {
        if (value.isEmpty())
            return p.unsetEnvdeskIndexSetting(name, k);
        if (k == kVerify)
            return p.setEnvdeskIndexSetting(name, k, TomlValue::booleanValue(value == QLatin1String("true")));
        return p.setEnvdeskIndexSetting(name, k, TomlValue::string(value.toStdString()));
    });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        Q_EMIT failed(done.error().message);
        fillIndex();
        return false;
    }
    if (k == kVerify && value == QLatin1String("false"))
        setErrorText(m_status, tr("Certificates of %1 are no longer checked.").arg(QString::fromStdString(name)),
                     tr("anyone on the network path can pose as this index; trust its CA instead when you can"));
    else
        m_status->clear();
    return true;
}

bool NetworkPage::addInsecureHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char(' '))) {
        setErrorText(m_status, tr("'%1' is not a host name (write it like pypi.corp.example or 10.0.0.5:8443)").arg(h));
        return false;
    }
    auto done = m_document->edit(tr("Add insecure host"), [&](PyProject &p) { return p.addInsecureHost(h.toStdString()); });
    if (!done) {
        setErrorText(m_status, done.error().message, done.error().hint);
        return false;
    }
    m_insecureHost->clear();
    setErrorText(m_status, tr("Certificates of %1 are no longer checked.").arg(h),
                 tr("anyone on the network path can pose as this host; trust its CA instead when you can"));
    return true;
}

QString NetworkPage::certificateSummary() const
{
    return m_certInfo->text();
}

void NetworkPage::describeCertificate()
{
    const QString value = m_clientCert->text().trimmed();
    m_certInfo->setStyleSheet(QString());
    if (value.isEmpty()) {
        m_certInfo->clear();
        return;
    }
    const QString path = QDir(m_document->directory()).absoluteFilePath(value);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setErrorText(m_certInfo, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const bool pkcs12 = path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
                        || path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
    QSslCertificate certificate;
    if (pkcs12) {
        file.seek(0);
        QSslKey key;
        if (!QSslCertificate::importPkcs12(&file, &key, &certificate)) {
            m_certInfo->setText(tr("PKCS#12 file: its password is asked for when it is used (envdesk does not keep "
                                   "it); the certificate cannot be shown without it."));
            return;
        }
    } else {
        const QList<QSslCertificate> found = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (found.isEmpty()) {
            setErrorText(m_certInfo, tr("%1 holds no PEM certificate").arg(path),
                         tr("use a PEM file (certificate, then key) or a PKCS#12 file (.p12, .pfx)"));
            return;
        }
        certificate = found.first();
    }
    const QString text = certificateText(certificate);
    if (certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        setErrorText(m_certInfo, text, tr("renew the certificate: servers refuse an expired one"));
    else
        m_certInfo->setText(text.toHtmlEscaped());
}

} // namespace Envdesk::Ui
