#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItemModel;

namespace Envdesk::Ui {

class ProjectDocument;

/**
 * Certificates & Network: per index (by name), the CA bundle to trust, the client certificate
 * (PEM or PKCS#12, with its subject, issuer and expiry) and key, certificate verification, the
 * minimum TLS version and the index's own proxy (`[tool.envdesk.index.NAME]`); the hosts whose
 * certificates are not checked (`allow-insecure-host`, with a warning); the system certificate
 * store switch (`native-tls`); and, read-only with their origins, the machine-wide CA, client
 * certificate and proxy settings that come from the environment.
 */
class NetworkPage : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPage(ProjectDocument *document, QWidget *parent = nullptr);

    /** Selects the index called `name` in the per-index form. */
    void selectIndex(const QString &name);
    /** Sets (or, with an empty value, removes) a per-index setting of the selected index. */
    bool setIndexValue(const QString &key, const QString &value);
    bool addInsecureHost(const QString &host);
    /** What the client-certificate line says about the file (subject, issuer, expiry). */
    QString certificateSummary() const;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void refresh();
    void fillIndex();
    void describeCertificate();
    QString projectRelative(const QString &path) const;
    QString pickFile(const QString &title, const QString &filter);

    ProjectDocument *m_document;
    QComboBox *m_index = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QLabel *m_certInfo = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QCheckBox *m_verify = nullptr;
    QComboBox *m_minTls = nullptr;
    QLineEdit *m_proxy = nullptr;
    QListWidget *m_insecure = nullptr;
    QLineEdit *m_insecureHost = nullptr;
    QCheckBox *m_systemCerts = nullptr;
    QStandardItemModel *m_machine = nullptr;
    QLabel *m_status = nullptr;
    bool m_filling = false;
};

} // namespace Envdesk::Ui
